package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * CIN details (query): an episode referred before the collection start minus one working day (counted
 * inclusively, as the reference validator does) must not be flagged as a referral with no further action.
 */
public class Rule8569Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.withReferenceDate(data, end -> {
            LocalDate cutoff = WorkingDays.minus(Cin.collectionStart(end), 1);
            return Cin.flagRows(data, "CINdetails", (t, row) -> {
                String nfa = t.get(row, "ReferralNFA");
                return Cin.before(t.date(row, "CINreferralDate"), cutoff) && !Cin.no(nfa);
            }, "CINreferralDate");
        });
    }
}
