package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.EpisodePairs;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An episode cannot start before the previous episode of the same child ended. */
@RuleDefinition(code = "501", ruleset = "lac2022_23",
        message = "A new episode has started before the end date of the previous episode.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"DECOM", "DEC"})
public class Rule501 implements Rule, EpisodePairs.Test {
    @Override
    public RuleResult check(ReturnData data) {
        return EpisodePairs.flag(data, this);
    }

    @Override
    public boolean fails(Table episodes, int current, int previous) {
        return before(date(episodes, current, "DECOM"), date(episodes, previous, "DEC"));
    }
}
