package org.kindred.returns.ssda903.rules.uasc;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.badDate;
import static org.kindred.returns.ssda903.rules.kit.Dates.before;
import static org.kindred.returns.ssda903.rules.kit.Dates.collectionStart;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** UASC: the date UASC status ceased must be a valid date, not before the collection year. */
public class Rule104 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        Table t = data.table("UASC").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            String duc = t.get(row, "DUC");
            if (badDate(duc) || before(dmy(duc), start)) {
                result.flagRow("UASC", row);
            }
        }
        return result;
    }
}
