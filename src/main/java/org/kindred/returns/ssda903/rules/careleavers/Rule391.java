package org.kindred.returns.ssda903.rules.careleavers;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Care leaver information (IN_TOUCH, ACTIV, ACCOM) is only for young people 17 or older at the collection end. */
public class Rule391 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Dates.collectionEnd(data);
        if (!data.has("OC3") || end == null) {
            return RuleResult.skipped("needs OC3 and the collection end");
        }
        Table oc3 = data.table("OC3").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc3.size(); r++) {
            boolean under17 = Dates.after(Dates.plusYears(Dates.date(oc3, r, "DOB"), 17), end);
            boolean careLeaverData = Part2Support.present(oc3, r, "IN_TOUCH") || Part2Support.present(oc3, r, "ACTIV")
                    || Part2Support.present(oc3, r, "ACCOM");
            if (under17 && careLeaverData) {
                result.flagRow("OC3", r);
            }
        }
        return result;
    }
}
