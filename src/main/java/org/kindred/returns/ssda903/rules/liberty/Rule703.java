package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A DoLO must not start after the end of the collection year. */
public class Rule703 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate collectionEnd = collectionEnd(data);
        if (collectionEnd == null) {
            return RuleResult.skipped("no collection end");
        }
        Table dolo = data.table("DoLo").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < dolo.size(); r++) {
            LocalDate start = date(dolo.get(r, "DOLO_START"));
            if (start != null && start.isAfter(collectionEnd)) {
                result.flagRow("DoLo", r);
            }
        }
        return result;
    }
}
