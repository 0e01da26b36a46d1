package org.kindred.returns.cin.rules.upn;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: the LA child ID must contain only letters and digits. */
@RuleDefinition(code = "1580", ruleset = "cin2024_25",
        message = "LA Child ID must not contain any non-alphanumeric characters",
        years = {"2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"LAchildID"})
public class Rule1580 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String id = ids.get(row, "LAchildID");
            if (id != null && (id.isEmpty() || !id.codePoints().allMatch(Character::isLetterOrDigit))) {
                result.flagCell("ChildIdentifiers", row, "LAchildID");
            }
        }
        return result;
    }
}
