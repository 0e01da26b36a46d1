package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** AD1: the gender of adopters must be a valid code when given. */
@RuleDefinition(code = "176", ruleset = "lac2022_23",
        message = "The gender of adopter(s) at the date of adoption code is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"SEX_ADOPTR"})
public class Rule176 implements Rule {
    private static final Set<String> CODES = Set.of("M1", "F1", "MM", "FF", "MF");

    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("AD1").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (t.get(row, "SEX_ADOPTR") != null && !CODES.contains(t.get(row, "SEX_ADOPTR"))) {
                result.flagRow("AD1", row);
            }
        }
        return result;
    }
}
