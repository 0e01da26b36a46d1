package org.kindred.returns.ssda903.rules;

import static org.kindred.returns.ssda903.rules.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period with a start date must say whether the child was missing or away. */
@RuleDefinition(code = "565", ruleset = "lac2022_23",
        message = "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MISSING", "MIS_START"})
public class Rule565 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table missing = table(data, "Missing");
        RuleResult result = new RuleResult();
        for (int r = 0; r < missing.size(); r++) {
            if (present(missing.get(r, "MIS_START")) && na(missing.get(r, "MISSING"))) {
                result.flagRow("Missing", r);
            }
        }
        return result;
    }
}
