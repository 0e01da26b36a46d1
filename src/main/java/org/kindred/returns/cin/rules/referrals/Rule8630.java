package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN details: an episode cannot close before its referral date. */
@RuleDefinition(code = "8630", ruleset = "cin2022_23",
        message = "CIN Closure Date is before CIN Referral Date for the same CIN episode",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails"},
        fields = {"CINreferralDate", "CINclosureDate"})
public class Rule8630 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            if (Cin.before(Cin.date(cin, row, "CINclosureDate"), Cin.date(cin, row, "CINreferralDate"))) {
                Cin.flag(result, cin, row, "CINreferralDate", "CINclosureDate");
            }
        }
        return result;
    }
}
