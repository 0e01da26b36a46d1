package org.kindred.returns.cin.rules.child;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: the LA child ID must be present. */
@RuleDefinition(code = "8500", ruleset = "cin2022_23",
        message = "LA Child ID missing",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"LAchildID"})
public class Rule8500 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            if (ids.get(row, "LAchildID") == null) {
                result.flagCell("ChildIdentifiers", row, "LAchildID");
            }
        }
        return result;
    }
}
