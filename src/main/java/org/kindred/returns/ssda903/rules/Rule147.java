package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part1Support.badDate;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes: the date the episode ceased must be a valid date when given. */
@RuleDefinition(code = "147", ruleset = "lac2022_23",
        message = "Date episode ceased is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"DEC"})
public class Rule147 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (badDate(t.get(row, "DEC"))) {
                result.flagRow("Episodes", row);
            }
        }
        return result;
    }
}
