package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN details: a referral on or after 1 April 2013 needs a valid source of referral. */
public class Rule8866 implements Rule {
    private static final LocalDate FROM = LocalDate.of(2013, 4, 1);
    private static final Set<String> CODES = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
            "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "CINdetails", (t, row) -> {
            LocalDate referral = t.date(row, "CINreferralDate");
            String source = t.get(row, "ReferralSource");
            return referral != null && !referral.isBefore(FROM) && (source == null || !CODES.contains(source));
        }, "CINreferralDate", "ReferralSource");
    }
}
