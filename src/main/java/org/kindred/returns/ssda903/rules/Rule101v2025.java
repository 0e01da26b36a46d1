package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part1Support.in;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Header: the child's reported sex must be M, F or U. */
@RuleDefinition(code = "101", ruleset = "lac2024_25",
        message = "The child or young person’s reported sex is not valid.",
        years = {"2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"SEX"})
public class Rule101v2025 implements Rule {
    private static final Set<String> CODES = Set.of("M", "F", "U");

    @Override
    public RuleResult validate(ReturnData data) {
        if (!data.has("Header")) {
            return RuleResult.skipped("needs Header");
        }
        Table t = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (!in(t.get(row, "SEX"), CODES)) {
                result.flagRow("Header", row);
            }
        }
        return result;
    }
}
