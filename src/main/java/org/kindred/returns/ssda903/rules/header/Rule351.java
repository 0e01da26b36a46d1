package org.kindred.returns.ssda903.rules.header;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The child must not have passed their 25th birthday before the start of the collection year. */
public class Rule351 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = Dates.collectionStart(data);
        if (!data.has("Header") || start == null) {
            return RuleResult.skipped("needs Header and the collection start");
        }
        Table header = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            if (Dates.after(start, Dates.plusYears(Dates.date(header, r, "DOB"), 25))) {
                result.flagRow("Header", r);
            }
        }
        return result;
    }
}
