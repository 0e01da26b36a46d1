package org.kindred.returns.ssda903.rules.header;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The child's date of birth must not be after the end of the collection year. */
public class Rule301 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Dates.collectionEnd(data);
        if (!data.has("Header") || end == null) {
            return RuleResult.skipped("needs Header and the collection end");
        }
        Table header = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            if (Dates.after(Dates.date(header, r, "DOB"), end)) {
                result.flagRow("Header", r);
            }
        }
        return result;
    }
}
