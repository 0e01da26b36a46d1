package org.kindred.returns.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Every rule version of one return, made from its {@link RuleCatalogue}: one instance per catalogue entry. Rule sets
 * per collection year are assembled from the years each version declares.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class RuleRegistry {
    private final ReturnKind kind;
    private final List<Rule> rules;

    /** Rules are stateless, so each return's registry is made once per JVM. */
    private static final Map<ReturnKind, RuleRegistry> LOADED = new ConcurrentHashMap<>();

    public static RuleRegistry load(ReturnKind kind) {
        return LOADED.computeIfAbsent(kind, k -> new RuleRegistry(k, make(RuleCatalogue.entries(k))));
    }

    /**
     * The rules in force for the collection ending in {@code endYear}, in the registry's order. Only those rule
     * classes are loaded, on two threads: class loading is most of the cost of a small return.
     */
    public static List<Rule> inForce(ReturnKind kind, int endYear) {
        RuleRegistry loaded = LOADED.get(kind);
        if (loaded != null) {
            return loaded.forCollectionEnding(endYear);
        }
        String label = collectionYearLabel(endYear);
        return make(RuleCatalogue.entries(kind).stream().filter(e -> e.definition().years().contains(label)).toList());
    }

    private static List<Rule> make(List<RuleCatalogue.Entry> entries) {
        Rule[] rules = new Rule[entries.size()];
        IntStream.range(0, entries.size()).parallel().forEach(i -> rules[i] = instantiate(entries.get(i)));
        List<Rule> made = new ArrayList<>(Arrays.asList(rules));
        made.sort(IN_ORDER);
        return List.copyOf(made);
    }

    private static final Comparator<Rule> IN_ORDER =
            Comparator.comparing((Rule r) -> r.definition().code()).thenComparing(r -> r.definition().ruleset());

    /**
     * The version of a code, in the given upstream rule set folder, that a rule class carries: a class with one
     * catalogue entry is made with its no-argument constructor, a {@link RuleVersion} with the definition.
     */
    public static Rule version(Class<? extends Rule> type, String code, String ruleset) {
        for (RuleCatalogue.Entry e : RuleCatalogue.entriesOf(type)) {
            if (e.definition().code().equals(code) && e.definition().ruleset().equals(ruleset)) {
                return instantiate(e);
            }
        }
        throw new IllegalStateException(type.getName() + " has no version of " + code + " in " + ruleset);
    }

    private static Rule instantiate(RuleCatalogue.Entry entry) {
        try {
            Class<?> type = Class.forName(entry.className());
            if (!RuleVersion.class.isAssignableFrom(type)) {
                return (Rule) type.getDeclaredConstructor().newInstance();
            }
            return (Rule) type.getDeclaredConstructor(RuleDefinition.class).newInstance(entry.definition());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Cannot create rule " + entry.className() + " ("
                    + entry.definition().code() + ", " + entry.definition().ruleset() + ")", e);
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
        return rules.stream().filter(r -> r.definition().years().contains(label)).toList();
    }

    public static String collectionYearLabel(int endYear) {
        return (endYear - 1) + "/" + String.format("%02d", endYear % 100);
    }
}
