package org.kindred.returns.cin.rules.disabilities;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN disabilities: a child must not have the same disability code twice. */
public class Rule8794 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagGroups(Cin.table(data, "Disabilities"), Cin.keys("LAchildID", "Disability"), (t, rows) ->
                rows.size() > 1 && t.get(rows.get(0), "LAchildID") != null && t.get(rows.get(0), "Disability") != null,
                "Disability");
    }
}
