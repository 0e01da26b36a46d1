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
     * Every version of every concrete rule class in the return's rule package and its sub-packages (one per
     * {@link RuleDefinition} the class carries). The class files are
     * listed and loaded directly, without reading each one's byte code first as a component scan does: this is
     * a quarter of the start-up of {@code returns validate}.
     */
    private static RuleRegistry scan(ReturnKind kind) {
        ClassLoader loader = RuleRegistry.class.getClassLoader();
        String folder = kind.rulePackage().replace('.', '/');
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver(loader).getResources("classpath*:" + folder + "/**/*.class");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the rules in " + kind.rulePackage(), e);
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Resource file : files) {
            String name = className(kind, file);
            if (name != null) {
                names.add(name);
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
            if (concrete(type) && Rule.class.isAssignableFrom(type)) {
                for (RuleDefinition definition : type.getAnnotationsByType(RuleDefinition.class)) {
                    found.add(instantiate(name, definition.code(), definition.ruleset()));
                }
            }
        }
        found.sort(IN_ORDER);
        return new RuleRegistry(kind, List.copyOf(found));
    }

    /** The class a file of the rule package (or one of its sub-packages) holds, or null for a nested class. */
    private static String className(ReturnKind kind, Resource file) {
        String url;
        try {
            url = file.getURL().toString();
        } catch (IOException e) {
            return null;
        }
        String folder = kind.rulePackage().replace('.', '/') + "/";
        int at = url.lastIndexOf(folder);
        if (at < 0 || !url.endsWith(".class") || url.contains("$") || url.endsWith("package-info.class")) {
            return null;
        }
        String relative = url.substring(at + folder.length(), url.length() - ".class".length());
        return kind.rulePackage() + "." + relative.replace('/', '.');
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
        List<RuleIndex.Entry> entries = index.stream().filter(e -> e.years().contains(label)).toList();
        Rule[] rules = new Rule[entries.size()];
        java.util.stream.IntStream.range(0, entries.size()).parallel()
                .forEach(i -> rules[i] = instantiate(entries.get(i).className(), entries.get(i).code(), entries.get(i).ruleset()));
        List<Rule> found = new ArrayList<>(Arrays.asList(rules));
        found.sort(IN_ORDER);
        return found;
    }

    /**
     * The version of a code, in the given upstream rule set folder, that a rule class carries: a class with one
     * {@link RuleDefinition} is made with its no-argument constructor, a {@link RuleVersion} with the definition.
     */
    public static Rule version(Class<? extends Rule> type, String code, String ruleset) {
        return instantiate(type.getName(), code, ruleset);
    }

    private static Rule instantiate(String className, String code, String ruleset) {
        try {
            Class<?> type = Class.forName(className);
            if (!RuleVersion.class.isAssignableFrom(type)) {
                return (Rule) type.getDeclaredConstructor().newInstance();
            }
            for (RuleDefinition definition : type.getAnnotationsByType(RuleDefinition.class)) {
                if (definition.code().equals(code) && definition.ruleset().equals(ruleset)) {
                    return (Rule) type.getDeclaredConstructor(RuleDefinition.class).newInstance(definition);
                }
            }
            throw new IllegalStateException(className + " has no version of " + code + " in " + ruleset);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create rule " + className + " (" + code + ", " + ruleset + ")", e);
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
