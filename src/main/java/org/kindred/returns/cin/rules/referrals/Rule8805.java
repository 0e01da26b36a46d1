package org.kindred.returns.cin.rules.referrals;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN details: an episode with a closure date must have a reason for closure. */
@RuleDefinition(code = "8805", ruleset = "cin2022_23",
        message = "A CIN case cannot have a CIN closure date without a Reason for Closure",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails"},
        fields = {"CINclosureDate", "ReasonForClosure"})
public class Rule8805 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            if (!Cin.isNa(cin, row, "CINclosureDate") && cin.get(row, "ReasonForClosure") == null) {
                Cin.flag(result, cin, row, "CINclosureDate", "ReasonForClosure");
            }
        }
        return result;
    }
}
