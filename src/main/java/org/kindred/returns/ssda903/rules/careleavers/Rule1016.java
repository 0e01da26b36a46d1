package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.kindred.returns.ssda903.rules.kit.Join;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Care leaver information is not expected for 17- and 18-year-olds whose episode ceased after their 17th birthday. */
public class Rule1016 implements Rule, Join.Test {

    /** A year as numpy counts it, 365.2425 days, in seconds. */
    private static final long YEAR_SECONDS = 31_556_952L;

    @Override
    public RuleResult check(ReturnData data) {
        if (collectionEnd(data) == null) {
            return RuleResult.skipped("no collection end");
        }
        return Join.flag(data, "OC3", "Episodes", Join.Flag.ROW, this);
    }

    @Override
    public boolean joins(ReturnData data, Table oc3, int o) {
        LocalDate dob = date(oc3.get(o, "DOB"));
        if (dob == null || !anyPresent(oc3, o, "IN_TOUCH", "ACTIV", "ACCOM")) {
            return false;
        }
        long ageAtEnd = seconds(dob, collectionEnd(data));
        return ageAtEnd < 19 * YEAR_SECONDS && ageAtEnd >= 17 * YEAR_SECONDS;
    }

    @Override
    public boolean fails(ReturnData data, Table oc3, int o, Table epi, int e) {
        LocalDate dec = date(epi.get(e, "DEC"));
        return dec != null && seconds(date(oc3.get(o, "DOB")), dec) >= 17 * YEAR_SECONDS;
    }

    private static long seconds(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) * 86_400L;
    }
}
