package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN details: the referral date must be present and on or before the end of the census period. */
@RuleDefinition(code = "8600", ruleset = "cin2022_23",
        message = "Child referral date missing or after data collection period",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "Header"},
        fields = {"CINreferralDate"})
public class Rule8600 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        LocalDate end = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            LocalDate referral = Cin.date(cin, row, "CINreferralDate");
            if (referral == null || Cin.after(referral, end)) {
                result.flagCell("CINdetails", row, "CINreferralDate");
            }
        }
        return result;
    }
}
