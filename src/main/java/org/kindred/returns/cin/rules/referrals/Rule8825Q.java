package org.kindred.returns.cin.rules.referrals;

import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;

/** CIN details (query): an episode closed as RC8 or RC9 (after assessment) should have an assessment. */
@RuleDefinition(code = "8825Q", ruleset = "cin2022_23",
        message = "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "Assessments"},
        fields = {"ReasonForClosure"},
        type = RuleType.QUERY)
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
