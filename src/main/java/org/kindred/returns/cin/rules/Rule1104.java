package org.kindred.returns.cin.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN Section 47: the initial child protection conference cannot be before the episode's referral date. */
@RuleDefinition(code = "1104", ruleset = "cin2022_23",
        message = "The date of the initial child protection conference cannot be before the referral date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47", "CINdetails"},
        fields = {"CINreferralDate", "DateOfInitialCPC"})
public class Rule1104 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        Cin.join(s47, cin, Cin.keys("LAchildID", "CINdetailsID"),
                (s, c) -> Cin.before(Cin.date(s47, s, "DateOfInitialCPC"), Cin.date(cin, c, "CINreferralDate")),
                result, Cin.cols("DateOfInitialCPC"), Cin.cols("CINreferralDate"));
        return result;
    }
}
