package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A temporary placement for an unspecified reason (T4) must not last more than seven days. */
@RuleDefinition(code = "379", ruleset = "lac2022_23",
        message = "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Header"}, fields = {"DECOM", "PLACE"})
public class Rule379 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2PlacementChecks.lastedTooLong(data, "T4", 7);
    }
}
