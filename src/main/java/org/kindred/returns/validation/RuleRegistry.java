package org.kindred.returns.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every rule version of one return, found on the class path by its {@link RuleDefinition}.
 * Rule sets per collection year are assembled from the years each version declares.
 */
public final class RuleRegistry {
    private final ReturnKind kind;
    private final List<Rule> rules;

    private RuleRegistry(ReturnKind kind, List<Rule> rules) {
        this.kind = kind;
        this.rules = rules;
    }

    /** Rules are stateless, so each return's registry is found once per JVM. */
    private static final Map<ReturnKind, RuleRegistry> LOADED = new ConcurrentHashMap<>();

    public static RuleRegistry load(ReturnKind kind) {
        return LOADED.computeIfAbsent(kind, RuleRegistry::scan);
    }

    private static RuleRegistry scan(ReturnKind kind) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RuleDefinition.class));
        List<Rule> found = new ArrayList<>();
        for (BeanDefinition bd : scanner.findCandidateComponents(kind.rulePackage())) {
            found.add(instantiate(bd.getBeanClassName()));
        }
        found.sort(Comparator.comparing((Rule r) -> r.definition().code()).thenComparing(r -> r.definition().ruleset()));
        return new RuleRegistry(kind, List.copyOf(found));
    }

    private static Rule instantiate(String className) {
        try {
            return (Rule) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create rule " + className, e);
        }
    }

    public ReturnKind kind() { return kind; }

    public List<Rule> all() { return rules; }

    /** The version of a rule that lives in the given upstream rule set folder. */
    public Optional<Rule> find(String code, String ruleset) {
        return rules.stream()
                .filter(r -> r.definition().code().equals(code) && r.definition().ruleset().equals(ruleset))
                .findFirst();
    }

    /**
     * The rules in force for the collection that ends in {@code endYear} (2024 for 2023/24).
     */
    public List<Rule> forCollectionEnding(int endYear) {
        String label = collectionYearLabel(endYear);
        return rules.stream().filter(r -> Arrays.asList(r.definition().years()).contains(label)).toList();
    }

    public static String collectionYearLabel(int endYear) {
        return (endYear - 1) + "/" + String.format("%02d", endYear % 100);
    }
}
