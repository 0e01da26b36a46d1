package org.kindred.returns.cin.rules.referrals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN details: a child may have only one open episode (no closure date) that led to further action; when
 * there are more, every open episode of the child is flagged.
 */
public class Rule8815 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cin = Cin.table(data, "CINdetails");
        RuleResult result = new RuleResult();
        for (List<Integer> child : Cin.groupBy(cin, "LAchildID").values()) {
            if (cin.get(child.get(0), "LAchildID") == null) {
                continue;
            }
            long openFurtherAction = child.stream().filter(r -> Cin.isNa(cin, r, "CINclosureDate")
                    && Cin.no(cin.get(r, "ReferralNFA"))).count();
            if (openFurtherAction <= 1) {
                continue;
            }
            Set<String> openEpisodes = new HashSet<>();
            child.stream().filter(r -> Cin.isNa(cin, r, "CINclosureDate"))
                    .forEach(r -> openEpisodes.add(Cin.key(cin, r, "LAchildID", "CINdetailsID")));
            child.stream().filter(r -> openEpisodes.contains(Cin.key(cin, r, "LAchildID", "CINdetailsID")))
                    .forEach(r -> result.flagCell("CINdetails", r, "CINclosureDate"));
        }
        return result;
    }
}
