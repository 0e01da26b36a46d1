package org.kindred.returns.cin.rules.upn;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN child identifiers: a child whose UPN is unknown because of a referral with no further action (UN7) must
 * have only episodes flagged as no further action.
 */
public class Rule8772 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        Table cin = Cin.table(data, "CINdetails");
        Map<String, List<Integer>> episodes = Cin.groupBy(cin, "LAchildID");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            if (!"UN7".equals(ids.get(row, "UPNunknown"))) {
                continue;
            }
            List<Integer> matches = episodes.getOrDefault(Cin.key(ids, row, "LAchildID"), List.of());
            if (matches.isEmpty()) {
                result.flagCell("ChildIdentifiers", row, "UPNunknown");
            }
            for (int c : matches) {
                String nfa = cin.get(c, "ReferralNFA");
                if (nfa == null || !Cin.yes(nfa.toLowerCase(Locale.ROOT))) {
                    result.flagCell("ChildIdentifiers", row, "UPNunknown");
                    result.flagCell("CINdetails", c, "ReferralNFA");
                }
            }
        }
        return result;
    }
}
