package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part1Support.in;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes: the placement local authority (derived from the placement postcode) must be present, except for V3/V4 short breaks. */
@RuleDefinition(code = "169", ruleset = "lac2022_23",
        message = "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PL_LA"})
public class Rule169 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("Episodes").orElseThrow();
        if (!t.hasColumn("PL_LA")) {
            return RuleResult.skipped("placement local authorities (PL_LA) were not derived from postcodes");
        }
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (!in(t.get(row, "LS"), Set.of("V3", "V4")) && t.get(row, "PL_LA") == null) {
                result.flagRow("Episodes", row);
            }
        }
        return result;
    }
}
