package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period that started during an episode which has ended must also have an end date. */
public class Rule575 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table missing = table(data, "Missing");
        RuleResult result = new RuleResult();
        for (int m = 0; m < missing.size(); m++) {
            LocalDate start = date(missing, m, "MIS_START");
            if (present(missing.get(m, "MIS_END"))) {
                continue;
            }
            for (int e : rowsOfChild(episodes, missing.get(m, "CHILD"))) {
                LocalDate dec = date(episodes, e, "DEC");
                if (dec != null && onOrAfter(start, date(episodes, e, "DECOM")) && onOrBefore(start, dec)) {
                    result.flagRow("Missing", m);
                }
            }
        }
        return result;
    }
}
