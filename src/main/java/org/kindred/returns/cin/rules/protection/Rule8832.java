package org.kindred.returns.cin.rules.protection;

import java.util.Locale;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: no plan may be recorded on an episode that was a referral with no further action. */
@RuleDefinition(code = "8832", ruleset = "cin2022_23",
        message = "Child Protection details provided for a referral with no further action.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "CINdetails"},
        fields = {"CINdetailsID", "ReferralNFA"})
public class Rule8832 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        Cin.join(cin, cpp, Cin.keys("LAchildID", "CINdetailsID"), (c, p) -> {
            String nfa = cin.get(c, "ReferralNFA");
            return nfa != null && Cin.yes(nfa.toLowerCase(Locale.ROOT));
        }, result, Cin.cols("ReferralNFA"), Cin.cols("LAchildID"));
        return result;
    }
}
