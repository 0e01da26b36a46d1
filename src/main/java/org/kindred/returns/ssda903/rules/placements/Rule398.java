package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A child on a short break (V3, V4) must not have home or placement postcodes, from which distance is derived. */
@RuleDefinition(code = "398", ruleset = "lac2022_23",
        message = "Distance field completed but child looked after under legal status V3 or V4.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"LS", "HOME_POST", "PL_POST"})
public class Rule398 extends RowRule {
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    @Override
    public boolean fails(Table eps, int r) {
        return Part2Support.in(eps, r, "LS", SHORT_BREAKS)
                && (Part2Support.present(eps, r, "HOME_POST") || Part2Support.present(eps, r, "PL_POST"));
    }
}
