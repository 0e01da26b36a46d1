package org.kindred.returns.ssda903.rules.permanence;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** The previous permanence option, where given, must be P1-P4 or Z1. */
@RuleDefinition(code = "631", ruleset = "lac2022_23",
        message = "Previous permanence option not a valid value.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PrevPerm"}, fields = {"PREV_PERM"})
public class Rule631 extends RowRule {
    @Override
    public boolean fails(Table pre, int r) {
        String code = pre.get(r, "PREV_PERM");
        return code != null && !in(code, "P1", "P2", "P3", "P4", "Z1");
    }
}
