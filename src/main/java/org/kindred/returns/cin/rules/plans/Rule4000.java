package org.kindred.returns.cin.rules.plans;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN plan dates: no CIN plan may be recorded on an episode that was a referral with no further action. */
@RuleDefinition(code = "4000", ruleset = "cin2022_23",
        message = "CIN Plan details provided for a referral with no further action",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates", "CINdetails"},
        fields = {"ReferralNFA"})
public class Rule4000 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        Cin.join(cin, plans, Cin.keys("LAchildID", "CINdetailsID"), (c, p) -> Cin.yes(cin.get(c, "ReferralNFA")),
                result, Cin.cols("ReferralNFA"), Cin.cols("LAchildID"));
        return result;
    }
}
