package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period cannot end before the start or after the end of the collection year. */
public class Rule571 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        LocalDate end = collectionEnd(data);

        Table missing = data.table("Missing").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < missing.size(); r++) {
            if (before(date(missing, r, "MIS_END"), start) || after(date(missing, r, "MIS_END"), end)) {
                result.flagRow("Missing", r);
            }
        }
        return result;
    }
}
