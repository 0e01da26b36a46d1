package org.kindred.returns.cin.rules.protection;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN child protection plans: the number of previous plans must be present and not negative. */
public class Rule8730 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "ChildProtectionPlans", (t, row) -> {
            String number = t.get(row, "NumberOfPreviousCPP");
            Integer n = Cells.integer(number);
            return number == null || (n != null && n < 0);
        }, "NumberOfPreviousCPP");
    }
}
