package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A temporary placement (T0-T4) cannot end a period of care: if it has ended, the reason must be X1. */
@RuleDefinition(code = "381", ruleset = "lac2022_23",
        message = "A period of care cannot end with a temporary placement.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "REC"})
public class Rule381 extends RowRule {
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    @Override
    public boolean fails(Table eps, int r) {
        return Part2Support.in(eps, r, "PLACE", TEMPORARY) && Part2Support.present(eps, r, "REC")
                && !"X1".equals(eps.get(r, "REC"));
    }
}
