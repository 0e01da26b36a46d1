package org.kindred.returns.validation;

import java.util.List;

/**
 * The identity of one version of a DfE validation rule, as the return's rule catalogue ({@link RuleCatalogue}) gives it:
 * what the DfE publishes about the rule (code, message, the fields it names, the collection years in force, error or
 * query) and what Kindred's engine needs to run it (the tables it reads). A test checks every entry against the
 * reference validator's catalogue in {@code shared/conformance/<return>/rule_catalogue.json}, so a message or year
 * range cannot drift from it.
 *
 * @param code the DfE code, e.g. "1000" or "8545Q"
 * @param ruleset the rule set folder this version lives in upstream, e.g. "lac2022_23" or "cin2024_25"
 * @param years collection years in force, e.g. ["2022/23", "2023/24"]
 * @param tables tables the rule reads, as the catalogue names them; the engine skips the rule when one is absent
 *        (see {@link RequiredTables}) unless it is also in {@code optionalTables}
 * @param optionalTables declared tables the rule can run without (it reads them when they are there)
 */
public record RuleDefinition(String code, String ruleset, String message, List<String> years, List<String> tables,
        List<String> optionalTables, List<String> fields, RuleType type) {
    public RuleDefinition {
        years = List.copyOf(years);
        tables = List.copyOf(tables);
        optionalTables = List.copyOf(optionalTables);
        fields = List.copyOf(fields);
    }
}
