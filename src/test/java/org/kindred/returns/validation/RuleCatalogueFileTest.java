package org.kindred.returns.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The catalogue and the rule classes name each other exactly: every concrete rule class in a return's rule package is
 * listed, every listed class exists and is a rule, a class listed more than once is a {@link RuleVersion}, and the
 * rules in force for a year are the registry's for that year.
 */
class RuleCatalogueFileTest {

    @Test
    void everyRuleClassIsInTheCatalogueAndEveryEntryIsARuleClass() throws Exception {
        for (ReturnKind kind : ReturnKind.values()) {
            Map<String, Long> listed = RuleCatalogue.entries(kind).stream()
                    .collect(Collectors.groupingBy(RuleCatalogue.Entry::className, TreeMap::new, Collectors.counting()));
            assertThat(listed.keySet()).as(kind + ": the catalogue's classes against the rule classes on the class path")
                    .containsExactlyElementsOf(ruleClasses(kind));
            for (var e : listed.entrySet()) {
                Class<?> type = Class.forName(e.getKey());
                if (e.getValue() > 1) {
                    assertThat(RuleVersion.class).as(e.getKey() + " is listed " + e.getValue() + " times").isAssignableFrom(type);
                }
            }
            assertThat(RuleRegistry.load(kind).all()).hasSize(RuleCatalogue.entries(kind).size());
        }
    }

    @Test
    void aClassWithOneEntryReadsItsDefinitionFromTheCatalogue() throws Exception {
        RuleCatalogue.Entry first = RuleCatalogue.entries(ReturnKind.SSDA903).stream()
                .filter(e -> !RuleVersion.class.isAssignableFrom(load(e.className()))).findFirst().orElseThrow();
        Rule rule = (Rule) load(first.className()).getDeclaredConstructor().newInstance();
        assertThat(rule.definition()).isEqualTo(first.definition());
    }

    @Test
    void rulesInForceAreTheRegistrysForTheYear() {
        for (int year = 2023; year <= 2027; year++) {
            List<String> expected = RuleRegistry.load(ReturnKind.SSDA903).forCollectionEnding(year).stream()
                    .map(r -> r.getClass().getName() + " " + r.definition().ruleset()).toList();
            assertThat(expected).isNotEmpty();
            assertThat(RuleRegistry.inForce(ReturnKind.SSDA903, year).stream()
                    .map(r -> r.getClass().getName() + " " + r.definition().ruleset()))
                    .containsExactlyElementsOf(expected);
        }
    }

    /** The concrete top-level classes implementing {@link Rule} in the return's rule package and its sub-packages. */
    private static TreeSet<String> ruleClasses(ReturnKind kind) throws IOException {
        String folder = kind.rulePackage().replace('.', '/') + "/";
        TreeSet<String> names = new TreeSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "**/*.class")) {
            String url = file.getURL().toString();
            if (url.contains("$") || url.endsWith("package-info.class")) {
                continue;
            }
            String relative = url.substring(url.lastIndexOf(folder) + folder.length(), url.length() - ".class".length());
            Class<?> type = load(kind.rulePackage() + "." + relative.replace('/', '.'));
            if (Rule.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                names.add(type.getName());
            }
        }
        return names;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RuleCatalogueFileTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No class " + name, e);
        }
    }
}
