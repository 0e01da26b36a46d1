package org.kindred.returns.cin.rules.overlaps;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN details: a child's episodes must not overlap: no referral may fall on or after another episode's
 * referral and before its closure (or, for an open episode that led to further action, before the
 * reference date).
 */
public class Rule8820 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        LocalDate reference = Cin.referenceDate(data);
        return Cin.laterStarts(cin, Cin.groupBy(cin, "LAchildID").values(), "CINreferralDate", "CINclosureDate",
                (a, b) -> {
                    LocalDate referral = cin.date(a, "CINreferralDate");
                    LocalDate otherClosure = cin.date(b, "CINclosureDate");
                    String nfa = cin.get(b, "ReferralNFA");
                    boolean furtherAction = nfa != null && ("false".equalsIgnoreCase(nfa) || "0".equals(nfa));
                    return otherClosure != null ? referral.isBefore(otherClosure)
                            : furtherAction && Cin.before(referral, reference);
                });
    }
}
