package org.kindred.returns.cin.rules.plans;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN plan dates: a CIN plan cannot start before the referral date of its episode. */
@RuleDefinition(code = "4015", ruleset = "cin2022_23",
        message = "The CIN Plan start date cannot be before the referral date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates", "CINdetails"},
        fields = {"CINPlanStartDate", "CINreferralDate"})
public class Rule4015 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        Cin.join(plans, cin, Cin.keys("LAchildID", "CINdetailsID"),
                (p, c) -> Cin.before(Cin.date(plans, p, "CINPlanStartDate"), Cin.date(cin, c, "CINreferralDate")),
                result, Cin.cols("CINPlanStartDate"), Cin.cols("CINreferralDate"));
        return result;
    }
}
