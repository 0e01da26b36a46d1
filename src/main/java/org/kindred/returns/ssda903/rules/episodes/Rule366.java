package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A short-term respite episode (V3) must start a new period of care (RNE S); it cannot be a placement change. */
@RuleDefinition(code = "366", ruleset = "lac2022_23",
        message = "A child cannot change placement during the course of an individual short-term respite break.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"RNE"})
public class Rule366 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Episodes", (episodes, r) ->
                "V3".equals(episodes.get(r, "LS")) && !"S".equals(episodes.get(r, "RNE")));
    }
}
