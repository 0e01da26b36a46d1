package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN details: an episode with a reason for closure must have a closure date. */
@RuleDefinition(code = "8810", ruleset = "cin2022_23",
        message = "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails"},
        fields = {"ReasonForClosure", "CINclosureDate"})
public class Rule8810 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            if (cin.get(row, "ReasonForClosure") != null && Cin.isNa(cin, row, "CINclosureDate")) {
                Cin.flag(result, cin, row, "ReasonForClosure", "CINclosureDate");
            }
        }
        return result;
    }
}
