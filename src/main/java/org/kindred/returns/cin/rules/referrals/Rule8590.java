package org.kindred.returns.cin.rules.referrals;

import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** CIN child identifiers: every child must have at least one CIN episode. */
@RuleDefinition(code = "8590", ruleset = "cin2022_23",
        message = "Child does not have a recorded CIN episode.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "CINdetails"},
        fields = {"LAchildID"})
public class Rule8590 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, List<Integer>> episodes = Cin.groupBy(Cin.table(data, "CINdetails"), "LAchildID");
        return Cin.flagRows(data, "ChildIdentifiers",
                (t, row) -> !episodes.containsKey(Cin.key(t, row, "LAchildID")), "LAchildID");
    }
}
