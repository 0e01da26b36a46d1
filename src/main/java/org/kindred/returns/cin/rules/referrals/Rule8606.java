package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** CIN details: a referral cannot be more than 280 days (40 weeks) before the date of birth or expected birth. */
@RuleDefinition(code = "8606", ruleset = "cin2022_23",
        message = "Child referral date is more than 40 weeks before DOB or expected DOB",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "ChildIdentifiers"},
        fields = {"CINreferralDate", "PersonBirthDate", "ExpectedPersonBirthDate"})
public class Rule8606 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.join(data, "CINdetails", "ChildIdentifiers", Cin.keys("LAchildID"), (cin, c, ids, i) -> {
            LocalDate referral = cin.date(c, "CINreferralDate");
            LocalDate birth = ids.date(i, "PersonBirthDate");
            LocalDate expected = ids.date(i, "ExpectedPersonBirthDate");
            return (birth != null && Cin.before(referral, birth.minusDays(280)))
                    || (expected != null && Cin.before(referral, expected.minusDays(280)));
        }, Cin.cols("CINreferralDate"), Cin.cols("PersonBirthDate", "ExpectedPersonBirthDate"));
    }
}
