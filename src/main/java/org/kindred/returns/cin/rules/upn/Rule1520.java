package org.kindred.returns.cin.rules.upn;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN child identifiers: no two children may share a UPN. */
public class Rule1520 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "ChildIdentifiers",
                (t, row) -> t.get(row, "UPN") != null && t.rowsWhere("UPN", t.get(row, "UPN")).size() > 1, "UPN");
    }
}
