package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN details: a referral cannot be more than 280 days (40 weeks) before the date of birth or expected birth. */
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
