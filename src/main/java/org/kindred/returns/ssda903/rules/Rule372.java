package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A child in youth custody or prison (R5) must be at least 10 at the start of the placement. */
@RuleDefinition(code = "372", ruleset = "lac2022_23",
        message = "Child in youth custody or prison should be at least 10.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Header"}, fields = {"DECOM", "PLACE"})
public class Rule372 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2PlacementChecks.startedTooYoung(data, "R5", 10);
    }
}
