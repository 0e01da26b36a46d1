package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A temporary placement (T0-T4) cannot start a period of care: its reason for new episode must be P or B. */
@RuleDefinition(code = "380", ruleset = "lac2022_23",
        message = "A period of care cannot start with a temporary placement.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "RNE"})
public class Rule380 implements Rule {
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Episodes", (eps, r) ->
                Part2Support.in(eps, r, "PLACE", TEMPORARY) && !Part2Support.in(eps, r, "RNE", Set.of("P", "B")));
    }
}
