package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.collectionEnd;
import static org.kindred.returns.ssda903.rules.kit.Dates.collectionStart;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;
import static org.kindred.returns.ssda903.rules.kit.Dates.onOrBefore;
import static org.kindred.returns.ssda903.rules.kit.Dates.plusYears;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.cla;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.continuouslyLookedAfter;

import java.time.LocalDate;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** OC2: a continuously looked-after child turning 4 or 17 in the year must have an SDQ score or a reason for none. */
public class Rule197B implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, Boolean> cla = continuouslyLookedAfter(data);
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        Table oc2 = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < oc2.size(); row++) {
            LocalDate dob = dmy(oc2.get(row, "DOB"));
            LocalDate four = plusYears(dob, 4);
            LocalDate seventeen = plusYears(dob, 17);
            boolean birthdayInYear = (onOrBefore(start, four) && onOrBefore(four, end))
                    || (onOrBefore(start, seventeen) && onOrBefore(seventeen, end));
            if (birthdayInYear && cla(cla, oc2.get(row, "CHILD"))
                    && oc2.get(row, "SDQ_SCORE") == null && oc2.get(row, "SDQ_REASON") == null) {
                result.flagRow("OC2", row);
            }
        }
        return result;
    }
}
