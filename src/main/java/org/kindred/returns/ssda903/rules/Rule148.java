package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes: the date and the reason the episode ceased must both be given or both be blank. */
@RuleDefinition(code = "148", ruleset = "lac2022_23",
        message = "Date episode ceased and reason episode ceased must both be coded, or both left blank.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"DEC", "REC"})
public class Rule148 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if ((t.get(row, "DEC") == null) != (t.get(row, "REC") == null)) {
                result.flagRow("Episodes", row);
            }
        }
        return result;
    }
}
