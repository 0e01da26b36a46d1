package org.kindred.returns.cin.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN Section 47: an enquiry cannot start before the referral date of its CIN episode. */
@RuleDefinition(code = "2889", ruleset = "cin2022_23",
        message = "The S47 start date cannot be before the referral date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Section47", "CINdetails"},
        fields = {"S47ActualStartDate", "CINreferralDate"})
public class Rule2889 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table s47 = Cin.table(data, "Section47");
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        Cin.join(s47, cin, Cin.keys("LAchildID", "CINdetailsID"),
                (s, c) -> Cin.before(Cin.date(s47, s, "S47ActualStartDate"), Cin.date(cin, c, "CINreferralDate")),
                result, Cin.cols("S47ActualStartDate"), Cin.cols("CINreferralDate"));
        return result;
    }
}
