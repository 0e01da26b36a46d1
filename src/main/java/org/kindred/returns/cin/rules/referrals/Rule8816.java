package org.kindred.returns.cin.rules.referrals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN details: an open episode that led to further action must be the child's latest referral. Flags such an
 * episode and the child's latest referral.
 */
public class Rule8816 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        Map<String, Integer> latest = new HashMap<>();
        for (int row = 0; row < cin.size(); row++) {
            LocalDate referral = cin.date(row, "CINreferralDate");
            if (referral == null || cin.get(row, "LAchildID") == null) {
                continue;
            }
            String child = Cin.key(cin, row, "LAchildID");
            Integer best = latest.get(child);
            if (best == null || referral.isAfter(cin.date(best, "CINreferralDate"))) {
                latest.put(child, row);
            }
        }
        RuleResult result = new RuleResult();
        for (int row = 0; row < cin.size(); row++) {
            String nfa = cin.get(row, "ReferralNFA");
            if (cin.date(row, "CINreferralDate") == null || !Cin.isNa(cin, row, "CINclosureDate") || !Cin.no(nfa)) {
                continue;
            }
            Integer best = latest.get(Cin.key(cin, row, "LAchildID"));
            if (best == null || best != row) {
                result.flagCell("CINdetails", row, "CINreferralDate");
                if (best != null) {
                    result.flagCell("CINdetails", best, "CINreferralDate");
                }
            }
        }
        return result;
    }
}
