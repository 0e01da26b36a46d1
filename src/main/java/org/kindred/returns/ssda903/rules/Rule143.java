package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes: the reason for new episode must be a valid code when given. */
@RuleDefinition(code = "143", ruleset = "lac2022_23",
        message = "The reason for new episode code is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"RNE"})
public class Rule143 implements Rule {
    private static final Set<String> CODES = Set.of("S", "P", "L", "T", "U", "B");

    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (t.get(row, "RNE") != null && !CODES.contains(t.get(row, "RNE"))) {
                result.flagRow("Episodes", row);
            }
        }
        return result;
    }
}
