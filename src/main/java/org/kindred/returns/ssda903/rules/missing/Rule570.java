package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A missing period cannot start after the end of the collection year. */
public class Rule570 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = collectionEnd(data);

        Table missing = data.table("Missing").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < missing.size(); r++) {
            if (after(date(missing, r, "MIS_START"), end)) {
                result.flagRow("Missing", r);
            }
        }
        return result;
    }
}
