package org.kindred.returns.ssda903.rules.careleavers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A care leaver accommodated in a Foyer (ACCOM T) must have been 18 at the start of the collection year. */
public class Rule347 implements Rule {
    /** Eighteen average Gregorian years in days, the length the reference tool compares ages with. */
    private static final double EIGHTEEN_YEARS_IN_DAYS = 18 * 365.2425;

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = Dates.collectionStart(data);
        if (!data.has("OC3") || start == null) {
            return RuleResult.skipped("needs OC3 and the collection start");
        }
        Table oc3 = data.table("OC3").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc3.size(); r++) {
            LocalDate dob = Dates.date(oc3, r, "DOB");
            if ("T".equals(oc3.get(r, "ACCOM")) && dob != null
                    && ChronoUnit.DAYS.between(dob, start) < EIGHTEEN_YEARS_IN_DAYS) {
                result.flagRow("OC3", r);
            }
        }
        return result;
    }
}
