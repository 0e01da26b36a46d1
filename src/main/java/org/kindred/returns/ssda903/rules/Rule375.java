package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A temporary placement for hospitalisation (T1) must not last more than six weeks (42 days). */
@RuleDefinition(code = "375", ruleset = "lac2022_23",
        message = "Hospitalisation coded as a temporary placement exceeds six weeks.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Header"}, fields = {"DECOM", "PLACE"})
public class Rule375 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2PlacementChecks.lastedTooLong(data, "T1", 42);
    }
}
