package org.kindred.care;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.kindred.returns.export.ReturnSource;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manual check, not part of the suite: with KINDRED_DB_URL pointing at a database holding the demo data, runs the
 * care module's SSDA903 rows through the DfE rules and prints how many rows each failing rule flags.
 * Run: KINDRED_DB_URL=... KINDRED_CARE_DEMO_CHECK=1 mvn -o verify -Dit.test=CareDemoReturnCheck ...
 */
@EnabledIfEnvironmentVariable(named = "KINDRED_CARE_DEMO_CHECK", matches = ".+")
class CareDemoReturnCheck extends DatabaseIT {
    @Autowired
    List<ReturnSource> contributors;

    @Test
    void demoDataAgainstTheRules() {
        int year = Integer.parseInt(System.getenv().getOrDefault("KINDRED_CARE_YEAR", "2027"));
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        contributors.stream().filter(c -> c.kind() == org.kindred.returns.validation.ReturnKind.SSDA903).forEach(c ->
                c.fill(year, (t, r) -> rows.computeIfAbsent(t, k -> new ArrayList<>()).add(r)));
        Map<String, Table> tables = new LinkedHashMap<>();
        rows.forEach((name, list) -> {
            List<String> columns = new ArrayList<>(list.get(0).keySet());
            tables.put(name, new Table(name, columns, list.stream().map(r -> columns.stream().map(r::get).toList()).toList()));
            System.out.println("TABLE " + name + " " + list.size());
        });
        ReturnData data = new ReturnData(tables, Metadata.forCollectionEnding(year, null));
        Map<String, String> failing = new TreeMap<>();
        for (Rule rule : RuleRegistry.load(ReturnKind.SSDA903).forCollectionEnding(year)) {
            RuleResult result;
            try {
                result = rule.validate(data);
            } catch (RuntimeException e) {
                failing.put(code(rule), "threw " + e);
                continue;
            }
            if (!result.skipped() && !result.passed()) {
                failing.put(code(rule), result.issues().size() + " " + rule.getClass().getAnnotation(RuleDefinition.class).message()
                        + " e.g. " + result.issues().stream().limit(2).toList());
            }
        }
        failing.forEach((k, v) -> System.out.println("RULE " + k + ": " + v));
    }

    private static String code(Rule rule) { return rule.getClass().getSimpleName(); }
}
