package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** OC2: the reason for no SDQ score must be SDQ1-SDQ5 when given. */
@RuleDefinition(code = "196", ruleset = "lac2022_23",
        message = "Strengths and Difficulties (SDQ) reason is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"OC2"}, fields = {"SDQ_REASON"})
public class Rule196 implements Rule {
    private static final Set<String> CODES = Set.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");

    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (t.get(row, "SDQ_REASON") != null && !CODES.contains(t.get(row, "SDQ_REASON"))) {
                result.flagRow("OC2", row);
            }
        }
        return result;
    }
}
