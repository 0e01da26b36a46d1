package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part1Support.in;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes: the placement location (derived from the placement postcode) must be present, except for V3/V4 short breaks. */
@RuleDefinition(code = "179", ruleset = "lac2022_23",
        message = "Placement location code is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PL_LOCATION"})
public class Rule179 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("Episodes").orElseThrow();
        if (!t.hasColumn("PL_LOCATION")) {
            return RuleResult.skipped("placement locations (PL_LOCATION) were not derived from postcodes");
        }
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (!in(t.get(row, "LS"), Set.of("V3", "V4")) && t.get(row, "PL_LOCATION") == null) {
                result.flagRow("Episodes", row);
            }
        }
        return result;
    }
}
