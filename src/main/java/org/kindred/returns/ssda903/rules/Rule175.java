package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** AD1: the number of adopters must be 1 or 2 when given. */
@RuleDefinition(code = "175", ruleset = "lac2022_23",
        message = "The number of adopter(s) code is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"NB_ADOPTR"})
public class Rule175 implements Rule {
    private static final Set<String> CODES = Set.of("1", "2");

    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("AD1").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (t.get(row, "NB_ADOPTR") != null && !CODES.contains(t.get(row, "NB_ADOPTR"))) {
                result.flagRow("AD1", row);
            }
        }
        return result;
    }
}
