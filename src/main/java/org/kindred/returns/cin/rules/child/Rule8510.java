package org.kindred.returns.cin.rules.child;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN child identifiers: each LA child ID must be unique within the return. */
public class Rule8510 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagGroups(Cin.table(data, "ChildIdentifiers"), Cin.keys("LAchildID"),
                (t, rows) -> rows.size() > 1, "LAchildID");
    }
}
