package org.kindred.returns.cin.rules.assessments;

import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN (query): a Section 47 module is recorded on an episode that has no assessment. */
public class Rule2991Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, List<Integer>> assessed = Cin.groupBy(Cin.table(data, "Assessments"), Cin.EPISODE);
        return Cin.flagRows(data, "Section47", (t, row) -> !assessed.containsKey(Cin.key(t, row, Cin.EPISODE)),
                "LAchildID");
    }
}
