package org.kindred.returns.cin.rules.upn;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: the LA child ID must not be longer than 20 characters. */
@RuleDefinition(code = "1570", ruleset = "cin2024_25",
        message = "LA Child ID must not be longer than 20 characters",
        years = {"2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"LAchildID"})
public class Rule1570 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String id = ids.get(row, "LAchildID");
            if (id != null && id.codePointCount(0, id.length()) > 20) {
                result.flagCell("ChildIdentifiers", row, "LAchildID");
            }
        }
        return result;
    }
}
