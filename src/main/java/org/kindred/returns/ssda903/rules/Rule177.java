package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** AD1: the legal status of adopters must be a valid code when given. */
@RuleDefinition(code = "177", ruleset = "lac2022_23",
        message = "The legal status of adopter(s) code is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR"})
public class Rule177 implements Rule {
    private static final Set<String> CODES = Set.of("L0", "L11", "L12", "L2", "L3", "L4");

    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("AD1").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (t.get(row, "LS_ADOPTR") != null && !CODES.contains(t.get(row, "LS_ADOPTR"))) {
                result.flagRow("AD1", row);
            }
        }
        return result;
    }
}
