package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** An episode must not end before it started. */
@RuleDefinition(code = "356", ruleset = "lac2022_23",
        message = "The date the episode ceased is before the date the same episode started.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"DECOM"})
public class Rule356 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Episodes", (episodes, r) ->
                Dates.before(Dates.date(episodes, r, "DEC"), Dates.date(episodes, r, "DECOM")));
    }
}
