package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period left open in last year's return must be the first period recorded this year. */
public class Rule576 implements Rule {
    /** A missing start date counts as far in the future (1 January 2099), as in the reference tool. */
    private static LocalDate startOrFar(Table missing, int r) {
        LocalDate start = date(missing, r, "MIS_START");
        return start != null ? start : LocalDate.of(2099, 1, 1);
    }

    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Missing_last")) {
            return RuleResult.skipped("needs Missing and Missing_last");
        }
        Table missing = table(data, "Missing");
        Table last = table(data, "Missing_last");
        RuleResult result = new RuleResult();
        for (var child : groupByChild(missing).entrySet()) {
            int first = child.getValue().get(0);
            LocalDate firstStart = startOrFar(missing, first);
            for (int r : child.getValue()) {
                if (startOrFar(missing, r).isBefore(firstStart)) {
                    first = r;
                    firstStart = startOrFar(missing, r);
                }
            }
            for (int l : rowsOfChild(last, child.getKey())) {
                LocalDate lastStart = date(last, l, "MIS_START");
                if (na(last.get(l, "MIS_END")) && lastStart != null && !lastStart.equals(firstStart)) {
                    result.flagRow("Missing", first);
                }
            }
        }
        return result;
    }
}
