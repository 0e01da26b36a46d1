package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.before;
import static org.kindred.returns.ssda903.rules.kit.Dates.collectionEnd;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;
import static org.kindred.returns.ssda903.rules.kit.Dates.plusYears;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** OC2: a child under 4 at the end of the year must have neither an SDQ score nor a reason for none. */
public class Rule188 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = collectionEnd(data);
        Table oc2 = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < oc2.size(); row++) {
            LocalDate dob = dmy(oc2.get(row, "DOB"));
            if (before(end, plusYears(dob, 4)) && (oc2.get(row, "SDQ_SCORE") != null || oc2.get(row, "SDQ_REASON") != null)) {
                result.flagRow("OC2", row);
            }
        }
        return result;
    }
}
