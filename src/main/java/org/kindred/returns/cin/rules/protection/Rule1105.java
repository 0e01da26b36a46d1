package org.kindred.returns.cin.rules.protection;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: a plan cannot start before the referral date of its CIN episode. */
@RuleDefinition(code = "1105", ruleset = "cin2022_23",
        message = "The child protection plan start date cannot be before the referral date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "CINdetails"},
        fields = {"CPPstartDate", "CINreferralDate"})
public class Rule1105 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        Cin.join(cpp, cin, Cin.keys("LAchildID", "CINdetailsID"),
                (p, c) -> Cin.before(Cin.date(cpp, p, "CPPstartDate"), Cin.date(cin, c, "CINreferralDate")),
                result, Cin.cols("CPPstartDate"), Cin.cols("CINreferralDate"));
        return result;
    }
}
