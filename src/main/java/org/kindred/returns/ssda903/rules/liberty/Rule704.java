package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A DoLO end date must fall within the collection year. */
public class Rule704 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate collectionStart = collectionStart(data);
        LocalDate collectionEnd = collectionEnd(data);
        if (collectionStart == null && collectionEnd == null) {
            return RuleResult.skipped("no collection period");
        }
        Table dolo = data.table("DoLo").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < dolo.size(); r++) {
            LocalDate end = date(dolo.get(r, "DOLO_END"));
            if (end != null && ((collectionEnd != null && end.isAfter(collectionEnd))
                    || (collectionStart != null && end.isBefore(collectionStart)))) {
                result.flagRow("DoLo", r);
            }
        }
        return result;
    }
}
