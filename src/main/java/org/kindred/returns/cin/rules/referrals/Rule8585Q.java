package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN details (query): an episode closed because the child died (RC2) needs the child's date of death. */
public class Rule8585Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "ChildIdentifiers", "CINdetails", Cin.keys("LAchildID"),
                (ids, i, cin, c) -> "RC2".equals(cin.get(c, "ReasonForClosure")) && Cin.isNa(ids, i, "PersonDeathDate"),
                Cin.cols("PersonDeathDate"), Cin.cols("ReasonForClosure"));
    }
}
