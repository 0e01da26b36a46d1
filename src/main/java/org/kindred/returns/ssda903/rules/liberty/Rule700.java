package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The DoLO start date must be a valid date. */
@RuleDefinition(code = "700", ruleset = "lac2026_27",
        message = "The start date of the DoLO is not a valid date.",
        years = {"2026/27"},
        tables = {"DoLo"}, fields = {"DOLO_START"})
public class Rule700 implements Rule {

    @Override
    public RuleResult check(ReturnData data) {
        Table dolo = table(data, "DoLo");
        RuleResult result = new RuleResult();
        for (int r = 0; r < dolo.size(); r++) {
            if (date(dolo.get(r, "DOLO_START")) == null) {
                result.flagRow("DoLo", r);
            }
        }
        return result;
    }
}
