package org.kindred.returns.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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

    /**
     * Every concrete class of the return's rule package that carries {@link RuleDefinition}. The class files are
     * listed and loaded directly, without reading each one's byte code first as a component scan does: this is
     * a quarter of the start-up of {@code returns validate}.
     */
    private static RuleRegistry scan(ReturnKind kind) {
        ClassLoader loader = RuleRegistry.class.getClassLoader();
        String folder = kind.rulePackage().replace('.', '/');
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver(loader).getResources("classpath*:" + folder + "/*.class");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the rules in " + kind.rulePackage(), e);
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Resource file : files) {
            String name = file.getFilename();
            if (name != null && name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
                names.add(kind.rulePackage() + "." + name.substring(0, name.length() - ".class".length()));
            }
        }
        List<Rule> found = new ArrayList<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Cannot load rule class " + name, e);
            }
            if (type.isAnnotationPresent(RuleDefinition.class) && concrete(type)) {
                found.add(instantiate(name));
            }
        }
        found.sort(IN_ORDER);
        return new RuleRegistry(kind, List.copyOf(found));
    }

    private static final Comparator<Rule> IN_ORDER =
            Comparator.comparing((Rule r) -> r.definition().code()).thenComparing(r -> r.definition().ruleset());

    static boolean concrete(Class<?> type) {
        return !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
    }

    /**
     * The rules in force for the collection ending in {@code endYear}, in the registry's order. When the build
     * wrote a {@link RuleIndex}, only those rule classes are loaded (on two threads: class loading is most of the
     * cost of a small return); otherwise the whole registry is scanned.
     */
    public static List<Rule> inForce(ReturnKind kind, int endYear) {
        RuleRegistry loaded = LOADED.get(kind);
        List<RuleIndex.Entry> index = loaded == null ? RuleIndex.read(kind) : null;
        if (index == null) {
            return load(kind).forCollectionEnding(endYear);
        }
        String label = collectionYearLabel(endYear);
        List<String> names = index.stream().filter(e -> e.years().contains(label)).map(RuleIndex.Entry::className).toList();
        Rule[] rules = new Rule[names.size()];
        java.util.stream.IntStream.range(0, names.size()).parallel().forEach(i -> rules[i] = instantiate(names.get(i)));
        List<Rule> found = new ArrayList<>(Arrays.asList(rules));
        found.sort(IN_ORDER);
        return found;
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
