package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child recorded as a mother must be at least 11 years old at the start of the collection year. */
public class Rule620 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        if (start == null) {
            return RuleResult.skipped("no collection start");
        }
        Table header = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            LocalDate dob = date(header.get(r, "DOB"));
            if ("1".equals(header.get(r, "MOTHER")) && dob != null && dob.plusYears(11).isAfter(start)) {
                result.flagRow("Header", r);
            }
        }
        return result;
    }
}
