package org.kindred.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every entry of Kindred's rule catalogues ({@link RuleDefinition}) must match its entry in shared/conformance/&lt;return&gt;/rule_catalogue.json exactly
 * (code, ruleset, message, years, tables, fields, type). Catalogue entries with no class yet are not failures; the
 * test prints, per collection year, how many of the catalogue's rules are implemented (a markdown table for
 * docs/returns.md). The CIN catalogue has no table list (only a module), so tables are checked for SSDA903 only,
 * and CIN years are those in which the catalogue's registry points at that version.
 */
class RuleCatalogueTest {
    private static final Path CONFORMANCE = Path.of("../shared/conformance");

    @Test
    void ssda903RulesMatchTheCatalogue() throws IOException {
        check(ReturnKind.SSDA903, "ssda903");
    }

    @Test
    void cinRulesMatchTheCatalogue() throws IOException {
        check(ReturnKind.CIN, "cin");
    }

    private void check(ReturnKind kind, String folder) throws IOException {
        JsonNode catalogue = JsonMapper.builder().build().readTree(CONFORMANCE.resolve(folder).resolve("rule_catalogue.json").toFile());
        JsonNode registryByYear = catalogue.get("registry_by_collection_year");
        Map<String, JsonNode> entries = new HashMap<>();
        for (JsonNode e : catalogue.get("rules")) {
            entries.put(e.get("rule_code").asString() + "|" + e.get("ruleset").asString(), e);
        }
        List<String> mismatches = new ArrayList<>();
        Set<String> implemented = new TreeSet<>();
        for (Rule rule : RuleRegistry.load(kind).all()) {
            RuleDefinition d = rule.definition();
            String key = d.code() + "|" + d.ruleset();
            String who = rule.getClass().getSimpleName() + " (" + d.code() + ", " + d.ruleset() + ")";
            if (!implemented.add(key)) {
                mismatches.add(who + ": a second class for the same rule version");
                continue;
            }
            JsonNode e = entries.get(key);
            if (e == null) {
                mismatches.add(who + ": no such rule version in the catalogue");
                continue;
            }
            same(mismatches, who, "message", e.get("message").asString(), d.message());
            same(mismatches, who, "fields", strings(e.get("affected_fields")), d.fields());
            same(mismatches, who, "years", years(e, registryByYear), d.years());
            if (e.has("tables")) {
                same(mismatches, who, "tables", strings(e.get("tables")), d.tables());
            }
            String type = e.has("rule_type") ? e.get("rule_type").asString() : "ERROR";
            same(mismatches, who, "type", type, d.type().name());
        }
        printCoverage(kind, registryByYear, implemented);
        mismatches.forEach(m -> System.out.println("MISMATCH " + m));
        assertThat(mismatches).isEmpty();
    }

    private static void same(List<String> mismatches, String who, String what, Object catalogue, Object annotation) {
        if (!catalogue.equals(annotation)) {
            mismatches.add(who + ": " + what + " is " + annotation + " but the catalogue says " + catalogue);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    /** SSDA903 entries list their years; for CIN, the years whose registry points at this version's file. */
    private static List<String> years(JsonNode e, JsonNode registryByYear) {
        if (e.has("effective_in_collection_years")) {
            return strings(e.get("effective_in_collection_years"));
        }
        List<String> years = new ArrayList<>();
        for (var y : registryByYear.properties()) {
            JsonNode file = y.getValue().get(e.get("rule_code").asString());
            if (file != null && file.asString().equals(e.get("file").asString())) {
                years.add(y.getKey());
            }
        }
        return years;
    }

    private static void printCoverage(ReturnKind kind, JsonNode registryByYear, Set<String> implemented) {
        System.out.println();
        System.out.println("### " + kind);
        System.out.println();
        System.out.println("| collection year | rules in catalogue | implemented | not yet |");
        System.out.println("| --- | ---: | ---: | ---: |");
        List<String> notYetLines = new ArrayList<>();
        for (var y : registryByYear.properties()) {
            int total = 0;
            int done = 0;
            Set<String> notYet = new TreeSet<>();
            for (var r : y.getValue().properties()) {
                total++;
                String file = r.getValue().asString();
                String ruleset = file.substring(0, file.indexOf('/'));
                if (implemented.contains(r.getKey() + "|" + ruleset)) {
                    done++;
                } else {
                    notYet.add(r.getKey());
                }
            }
            System.out.println("| " + y.getKey() + " | " + total + " | " + done + " | " + (total - done) + " |");
            notYetLines.add(y.getKey() + " not yet: " + String.join(" ", notYet));
        }
        System.out.println();
        notYetLines.forEach(l -> System.out.println("COVERAGE " + kind + " " + l));
        System.out.println("COVERAGE " + kind + " classes: " + implemented.size() + " rule versions");
    }
}
