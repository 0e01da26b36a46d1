package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** An episode must not end before it started. */
@RuleDefinition(code = "356", ruleset = "lac2022_23",
        message = "The date the episode ceased is before the date the same episode started.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"DECOM"})
public class Rule356 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        return Dates.before(Dates.date(episodes, r, "DEC"), Dates.date(episodes, r, "DECOM"));
    }
}
