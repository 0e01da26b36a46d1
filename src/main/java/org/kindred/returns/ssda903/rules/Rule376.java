package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A temporary placement for the foster carers' holiday (T3) must not last more than three weeks (21 days). */
@RuleDefinition(code = "376", ruleset = "lac2022_23",
        message = "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Header"}, fields = {"DECOM", "PLACE"})
public class Rule376 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2PlacementChecks.lastedTooLong(data, "T3", 21);
    }
}
