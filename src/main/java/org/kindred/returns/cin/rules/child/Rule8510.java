package org.kindred.returns.cin.rules.child;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** CIN child identifiers: each LA child ID must be unique within the return. */
@RuleDefinition(code = "8510", ruleset = "cin2022_23",
        message = "More than one child record with the same LA Child ID",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"LAchildID"})
public class Rule8510 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagGroups(Cin.table(data, "ChildIdentifiers"), Cin.keys("LAchildID"),
                (t, rows) -> rows.size() > 1, "LAchildID");
    }
}
