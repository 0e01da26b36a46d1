package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Care leaver information is not expected for 17- and 18-year-olds whose episode ceased after their 17th birthday. */
public class Rule1016 implements Rule {

    /** A year as numpy counts it, 365.2425 days, in seconds. */
    private static final long YEAR_SECONDS = 31_556_952L;

    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = collectionEnd(data);
        if (end == null) {
            return RuleResult.skipped("no collection end");
        }
        Table oc3 = table(data, "OC3");
        Table epi = table(data, "Episodes");
        Map<String, List<Integer>> epiRows = rowsByChild(epi);
        RuleResult result = new RuleResult();
        for (int o = 0; o < oc3.size(); o++) {
            LocalDate dob = date(oc3.get(o, "DOB"));
            if (dob == null || !anyPresent(oc3, o, "IN_TOUCH", "ACTIV", "ACCOM")) {
                continue;
            }
            long ageAtEnd = seconds(dob, end);
            if (ageAtEnd >= 19 * YEAR_SECONDS || ageAtEnd < 17 * YEAR_SECONDS) {
                continue;
            }
            for (int e : rowsOf(epiRows, oc3.get(o, "CHILD"))) {
                LocalDate dec = date(epi.get(e, "DEC"));
                if (dec != null && seconds(dob, dec) >= 17 * YEAR_SECONDS) {
                    result.flagRow("OC3", o);
                }
            }
        }
        return result;
    }

    private static long seconds(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) * 86_400L;
    }
}
