package org.kindred.returns.cin.rules.returnlevel;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN (LA level, query): fewer than 8 disability codes used in the return. As the reference validator does,
 * this counts the Disabilities rows whose code is NONE and fails the return when there are 7 or fewer.
 */
public class Rule2887Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table dis = Cin.table(data, "Disabilities");
        return Cin.failReturnIf(Cin.count(dis, (t, row) -> "NONE".equals(t.get(row, "Disability"))) <= 7);
    }
}
