package org.kindred.returns.cin.rules.referrals;

import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN child identifiers: every child must have at least one CIN episode. */
public class Rule8590 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, List<Integer>> episodes = Cin.groupBy(Cin.table(data, "CINdetails"), "LAchildID");
        return Cin.flagRows(data, "ChildIdentifiers",
                (t, row) -> !episodes.containsKey(Cin.key(t, row, "LAchildID")), "LAchildID");
    }
}
