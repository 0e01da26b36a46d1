package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A placement for adoption with a placement order (A5/A6) needs legal status E1. */
@RuleDefinition(code = "408", ruleset = "lac2022_23",
        message = "Child is placed for adoption with a placement order, but no placement order has been recorded.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "LS"})
public class Rule408 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Episodes", (episodes, r) -> in(episodes.get(r, "PLACE"), Set.of("A5", "A6")) && !"E1".equals(episodes.get(r, "LS")));
    }
}
