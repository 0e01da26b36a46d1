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

/** OC2: SDQ1 (no score: under 4 or over 16) must not be the reason for a continuously looked-after child aged 4 at the start and at most 16 at the end of the year. */
public class Rule157 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, Boolean> cla = continuouslyLookedAfter(data);
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        Table oc2 = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < oc2.size(); row++) {
            LocalDate dob = dmy(oc2.get(row, "DOB"));
            if (cla(cla, oc2.get(row, "CHILD")) && onOrBefore(plusYears(dob, 4), start) && onOrBefore(end, plusYears(dob, 16))
                    && oc2.get(row, "SDQ_SCORE") == null && "SDQ1".equals(oc2.get(row, "SDQ_REASON"))) {
                result.flagRow("OC2", row);
            }
        }
        return result;
    }
}
