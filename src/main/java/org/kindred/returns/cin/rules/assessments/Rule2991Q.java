package org.kindred.returns.cin.rules.assessments;

import java.util.List;
import java.util.Map;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;

/** CIN (query): a Section 47 module is recorded on an episode that has no assessment. */
@RuleDefinition(code = "2991Q", ruleset = "cin2022_23",
        message = "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINdetails", "Assessments", "Section47"}, optionalTables = {"CINdetails"},
        fields = {"CINdetailsID"},
        type = RuleType.QUERY)
public class Rule2991Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, List<Integer>> assessed = Cin.groupBy(Cin.table(data, "Assessments"), Cin.EPISODE);
        return Cin.flagRows(data, "Section47", (t, row) -> !assessed.containsKey(Cin.key(t, row, Cin.EPISODE)),
                "LAchildID");
    }
}
