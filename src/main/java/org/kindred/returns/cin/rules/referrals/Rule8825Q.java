package org.kindred.returns.cin.rules.referrals;

import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN details (query): an episode closed as RC8 or RC9 (after assessment) should have an assessment. */
public class Rule8825Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, List<Integer>> assessed = Cin.groupBy(Cin.table(data, "Assessments"), Cin.EPISODE);
        return Cin.flagRows(data, "CINdetails", (t, row) -> {
            String reason = t.get(row, "ReasonForClosure");
            return ("RC8".equals(reason) || "RC9".equals(reason)) && !assessed.containsKey(Cin.key(t, row, Cin.EPISODE));
        }, "ReasonForClosure");
    }
}
