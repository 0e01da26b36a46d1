package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The social worker episode start date must be a valid date (unknown parts may be ZZ). */
@RuleDefinition(code = "SW04STG1", ruleset = "lac2023_24",
        message = "Date social worker episode began is not a valid date..",
        years = {"2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"SWEpisodes"}, fields = {"SW_DECOM"})
public class RuleSW04STG1 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Table swe = table(data, "SWEpisodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < swe.size(); r++) {
            if (partialDate(swe.get(r, "SW_DECOM")) == null) {
                result.flagRow("SWEpisodes", r);
            }
        }
        return result;
    }
}
