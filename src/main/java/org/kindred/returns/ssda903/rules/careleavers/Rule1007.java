package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Care leaver information is not expected for 17- and 18-year-olds who were still looked after on their latest birthday. */
public class Rule1007 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = collectionEnd(data);
        if (end == null) {
            return RuleResult.skipped("no collection end");
        }
        Table epi = table(data, "Episodes");
        Table oc3 = table(data, "OC3");
        Map<String, List<Integer>> oc3Rows = rowsByChild(oc3);
        RuleResult result = new RuleResult();
        for (int e = 0; e < epi.size(); e++) {
            LocalDate decom = date(epi.get(e, "DECOM"));
            LocalDate dec = date(epi.get(e, "DEC"));
            for (int o : rowsOf(oc3Rows, epi.get(e, "CHILD"))) {
                LocalDate dob = date(oc3.get(o, "DOB"));
                if (dob == null || dob.plusYears(17).isAfter(end) || !dob.plusYears(19).isAfter(end)) {
                    continue;
                }
                LocalDate birthday = dob.withYear(end.getYear());
                if (birthday.isAfter(end)) {
                    birthday = birthday.minusYears(1);
                }
                boolean inCareOnBirthday = decom != null && dec != null && !decom.isAfter(birthday) && dec.isAfter(birthday);
                if (inCareOnBirthday && anyPresent(oc3, o, "IN_TOUCH", "ACTIV", "ACCOM")) {
                    result.flagRow("OC3", o);
                }
            }
        }
        return result;
    }
}
