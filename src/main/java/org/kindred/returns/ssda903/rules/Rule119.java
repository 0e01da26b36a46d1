package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** PlacedAdoption: the date and the reason of a decision no longer to place for adoption must both be given or both be blank. */
@RuleDefinition(code = "119", ruleset = "lac2022_23",
        message = "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption"}, fields = {"REASON_PLACED_CEASED", "DATE_PLACED_CEASED"})
public class Rule119 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("PlacedAdoption").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if ((t.get(row, "DATE_PLACED_CEASED") == null) != (t.get(row, "REASON_PLACED_CEASED") == null)) {
                result.flagRow("PlacedAdoption", row);
            }
        }
        return result;
    }
}
