package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.before;
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

/** OC2: a continuously looked-after child aged 4 at the start and under 17 at the end of the year must have an SDQ score or a reason for no score
 * (SDQ_REASON) completed: upstream flags only when both are blank; flagging either blank would refuse every child
 * with a score (no reason needed) or with a reason (no score to give). */
public class Rule186 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, Boolean> cla = continuouslyLookedAfter(data);
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);
        Table oc2 = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < oc2.size(); row++) {
            LocalDate dob = dmy(oc2.get(row, "DOB"));
            if (onOrBefore(plusYears(dob, 4), start) && before(end, plusYears(dob, 17)) && cla(cla, oc2.get(row, "CHILD"))
                    && (oc2.get(row, "SDQ_SCORE") == null && oc2.get(row, "SDQ_REASON") == null)) {
                result.flagRow("OC2", row);
            }
        }
        return result;
    }
}
