package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN details (query): a child cannot be referred after the recorded date of death. */
public class Rule8555Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "CINdetails", "ChildIdentifiers", Cin.keys("LAchildID"),
                (cin, c, ids, i) -> Cin.before(ids.date(i, "PersonDeathDate"), cin.date(c, "CINreferralDate")),
                Cin.cols("CINreferralDate"), Cin.cols("PersonDeathDate"));
    }
}
