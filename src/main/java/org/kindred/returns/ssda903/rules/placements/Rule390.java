package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** An episode ending in adoption (E11, E12) must be a placement for adoption (A3-A6). */
@RuleDefinition(code = "390", ruleset = "lac2022_23",
        message = "Reason episode ceased is adopted but child has not been previously placed for adoption.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "REC"})
public class Rule390 extends RowRule {
    @Override
    public boolean fails(Table eps, int r) {
        return Part2Support.in(eps, r, "REC", Set.of("E11", "E12"))
                && !Part2Support.in(eps, r, "PLACE", Set.of("A3", "A4", "A5", "A6"));
    }
}
