package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The DoLO end date, where given, must be a valid date. */
@RuleDefinition(code = "701", ruleset = "lac2026_27",
        message = "The end date of the DoLO is not a valid date.",
        years = {"2026/27"},
        tables = {"DoLo"}, fields = {"DOLO_END"})
public class Rule701 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Table dolo = table(data, "DoLo");
        RuleResult result = new RuleResult();
        for (int r = 0; r < dolo.size(); r++) {
            String end = dolo.get(r, "DOLO_END");
            if (end != null && date(end) == null) {
                result.flagRow("DoLo", r);
            }
        }
        return result;
    }
}
