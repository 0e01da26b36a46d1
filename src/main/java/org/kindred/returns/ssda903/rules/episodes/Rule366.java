package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A short-term respite episode (V3) must start a new period of care (RNE S); it cannot be a placement change. */
@RuleDefinition(code = "366", ruleset = "lac2022_23",
        message = "A child cannot change placement during the course of an individual short-term respite break.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"RNE"})
public class Rule366 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        return "V3".equals(episodes.get(r, "LS")) && !"S".equals(episodes.get(r, "RNE"));
    }
}
