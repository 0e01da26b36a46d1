package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child under 10 at the end of the collection year must not have conviction information. */
public class Rule542 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("OC2")) {
            return RuleResult.skipped("needs OC2");
        }
        LocalDate end = collectionEnd(data);
        if (end == null) {
            return RuleResult.skipped("collection end not known");
        }
        Table oc2 = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc2.size(); r++) {
            if (after(plusYears(date(oc2, r, "DOB"), 10), end) && present(oc2.get(r, "CONVICTED"))) {
                result.flagRow("OC2", r);
            }
        }
        return result;
    }
}
