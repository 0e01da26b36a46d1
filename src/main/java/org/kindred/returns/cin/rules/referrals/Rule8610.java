package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN details: a referral that led to further action (NFA false or 0) needs a primary need code. */
public class Rule8610 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "CINdetails", (t, row) -> Cin.no(t.get(row, "ReferralNFA"))
                && t.get(row, "PrimaryNeedCode") == null, "ReferralNFA", "PrimaryNeedCode");
    }
}
