package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A child placed with parents (P1) cannot be accommodated under a single period of section 20 accommodation (V2). */
@RuleDefinition(code = "378", ruleset = "lac2022_23",
        message = "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "LS"})
public class Rule378 extends RowRule {
    @Override
    public boolean fails(Table eps, int r) {
        return "P1".equals(eps.get(r, "PLACE")) && "V2".equals(eps.get(r, "LS"));
    }
}
