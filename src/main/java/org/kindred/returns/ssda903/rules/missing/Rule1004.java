package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The start date of a missing or away-from-placement episode must be a valid date. */
@RuleDefinition(code = "1004", ruleset = "lac2022_23",
        message = "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_START"})
public class Rule1004 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Table missing = table(data, "Missing");
        RuleResult result = new RuleResult();
        for (int r = 0; r < missing.size(); r++) {
            if (date(missing.get(r, "MIS_START")) == null) {
                result.flagRow("Missing", r);
            }
        }
        return result;
    }
}
