package org.kindred.returns.ssda903.rules.header;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Query: a UASC child is expected to be at least 11 at the end of the collection year. */
public class Rule231 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Dates.collectionEnd(data);
        if (!data.has("Header") || end == null) {
            return RuleResult.skipped("needs Header and the collection end");
        }
        LocalDate limit = end.minusYears(11);
        Table header = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            if ("1".equals(header.get(r, "UASC_STATUS")) && Dates.after(Dates.date(header, r, "DOB"), limit)) {
                result.flagRow("Header", r);
            }
        }
        return result;
    }
}
