package org.kindred.returns.cin.rules.child;

import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: each LA child ID must be unique within the return. */
@RuleDefinition(code = "8510", ruleset = "cin2022_23",
        message = "More than one child record with the same LA Child ID",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"LAchildID"})
public class Rule8510 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (List<Integer> rows : Cin.groupBy(ids, "LAchildID").values()) {
            if (rows.size() > 1) {
                rows.forEach(r -> result.flagCell("ChildIdentifiers", r, "LAchildID"));
            }
        }
        return result;
    }
}
