package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** CIN details: a referral that led to further action (NFA false or 0) needs a primary need code. */
@RuleDefinition(code = "8610", ruleset = "cin2022_23",
        message = "Primary Need code is missing for a referral which led to further action.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails"},
        fields = {"ReferralNFA", "PrimaryNeedCode"})
public class Rule8610 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "CINdetails", (t, row) -> Cin.no(t.get(row, "ReferralNFA"))
                && t.get(row, "PrimaryNeedCode") == null, "ReferralNFA", "PrimaryNeedCode");
    }
}
