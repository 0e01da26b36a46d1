package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child missing when they turned 18 and left care must have reason for leaving E8. */
public class Rule580 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table missing = table(data, "Missing");
        RuleResult result = new RuleResult();
        for (int m = 0; m < missing.size(); m++) {
            LocalDate end = date(missing, m, "MIS_END");
            LocalDate eighteenth = plusYears(date(missing, m, "DOB"), 18);
            for (int e : rowsOfChild(episodes, missing.get(m, "CHILD"))) {
                LocalDate dec = date(episodes, e, "DEC");
                if (sameDate(eighteenth, end) && sameDate(end, dec) && !"E8".equals(episodes.get(e, "REC"))) {
                    result.flagRow("Episodes", e);
                }
            }
        }
        return result;
    }
}
