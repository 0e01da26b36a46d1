package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The end date of a missing or away-from-placement episode, where given, must be a valid date. */
@RuleDefinition(code = "1005", ruleset = "lac2022_23",
        message = "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MIS_END"})
public class Rule1005 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Table missing = table(data, "Missing");
        RuleResult result = new RuleResult();
        for (int r = 0; r < missing.size(); r++) {
            String end = missing.get(r, "MIS_END");
            if (end != null && date(end) == null) {
                result.flagRow("Missing", r);
            }
        }
        return result;
    }
}
