package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;
import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Care leaver information is not expected for 17- and 18-year-olds who were still looked after on their latest birthday. */
public class Rule1007 implements Rule, Join.Test {
    @Override
    public RuleResult check(ReturnData data) {
        if (collectionEnd(data) == null) {
            return RuleResult.skipped("no collection end");
        }
        return Join.flag(data, "Episodes", "OC3", Join.Flag.MATCH, this);
    }

    @Override
    public boolean fails(ReturnData data, Table epi, int e, Table oc3, int o) {
        LocalDate end = collectionEnd(data);
        LocalDate decom = date(epi.get(e, "DECOM"));
        LocalDate dec = date(epi.get(e, "DEC"));
        LocalDate dob = date(oc3.get(o, "DOB"));
        if (dob == null || dob.plusYears(17).isAfter(end) || !dob.plusYears(19).isAfter(end)) {
            return false;
        }
        LocalDate birthday = dob.withYear(end.getYear());
        if (birthday.isAfter(end)) {
            birthday = birthday.minusYears(1);
        }
        boolean inCareOnBirthday = decom != null && dec != null && !decom.isAfter(birthday) && dec.isAfter(birthday);
        return inCareOnBirthday && anyPresent(oc3, o, "IN_TOUCH", "ACTIV", "ACCOM");
    }
}
