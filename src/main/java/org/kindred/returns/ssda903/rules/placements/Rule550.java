package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Provider PR0 (parents) goes only with placement P1. */
@RuleDefinition(code = "550", ruleset = "lac2022_23",
        message = "A placement provider code of PR0 can only be associated with placement P1.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
public class Rule550 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        String place = episodes.get(r, "PLACE");
        String provider = episodes.get(r, "PLACE_PROVIDER");
        return !"P1".equals(place) && "PR0".equals(provider);
    }
}
