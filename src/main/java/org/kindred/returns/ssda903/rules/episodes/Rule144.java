package org.kindred.returns.ssda903.rules.episodes;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** Episodes: the legal status must be a valid code when given. */
@RuleDefinition(code = "144", ruleset = "lac2022_23",
        message = "The legal status code is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"LS"})
public class Rule144 implements Rule {
    private static final Set<String> CODES = Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3");

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Episodes", (t, row) -> t.get(row, "LS") != null && !CODES.contains(t.get(row, "LS")));
    }
}
