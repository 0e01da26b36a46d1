package org.kindred.returns.ssda903.rules.episodes;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** Episodes: the reason the episode ceased must be a valid code when given. */
@RuleDefinition(code = "149", ruleset = "lac2022_23",
        message = "Reason episode ceased code is not valid. ",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"REC"})
public class Rule149 implements Rule {
    private static final Set<String> CODES = Set.of("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1");

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Episodes", (t, row) -> t.get(row, "REC") != null && !CODES.contains(t.get(row, "REC")));
    }
}
