package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Short-break episodes (V3/V4) must not give a placement LA. */
@RuleDefinition(code = "420", ruleset = "lac2022_23",
        message = "LA of placement completed but child is looked after under legal status V3 or V4.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PL_LA"})
public class Rule420 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        return in(episodes.get(r, "LS"), Set.of("V3", "V4")) && present(episodes.get(r, "PL_LA"));
    }
}
