package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The social worker episode end date, where given, must be a valid date (unknown parts may be ZZ). */
@RuleDefinition(code = "SW05STG1", ruleset = "lac2023_24",
        message = "Date social worker episode began is not a valid date.",
        years = {"2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"SWEpisodes"}, fields = {"SW_DEC"})
public class RuleSW05STG1 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Table swe = table(data, "SWEpisodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < swe.size(); r++) {
            String dec = swe.get(r, "SW_DEC");
            if (dec != null && partialDate(dec) == null) {
                result.flagRow("SWEpisodes", r);
            }
        }
        return result;
    }
}
