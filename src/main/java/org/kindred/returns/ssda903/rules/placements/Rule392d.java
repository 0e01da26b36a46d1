package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Home and placement postcodes must differ unless the child is placed with parents (P1). */
@RuleDefinition(code = "392d", ruleset = "lac2022_23",
        message = "Home and placement postcodes should not be same unless the placement type is P1.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"HOME_POST", "PL_POST", "PLACE"})
public class Rule392d extends RowRule {
    @Override
    public boolean fails(Table eps, int r) {
        return !"P1".equals(eps.get(r, "PLACE")) && Part2Support.present(eps, r, "HOME_POST")
                && eps.get(r, "HOME_POST").equals(eps.get(r, "PL_POST"));
    }
}
