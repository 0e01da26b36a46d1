package org.kindred.returns.ssda903.rules.episodes;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** Episodes: the category of need must be N1-N8 when given. */
@RuleDefinition(code = "145", ruleset = "lac2022_23",
        message = "Category of need code is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"CIN"})
public class Rule145 implements Rule {
    private static final Set<String> CODES = Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Episodes", (t, row) -> t.get(row, "CIN") != null && !CODES.contains(t.get(row, "CIN")));
    }
}
