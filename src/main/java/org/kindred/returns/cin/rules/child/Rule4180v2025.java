package org.kindred.returns.cin.rules.child;

import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: the sex must be present and one of M, F or U. */
@RuleDefinition(code = "4180", ruleset = "cin2024_25",
        message = "Sex must be provided and equal M, F, or U",
        years = {"2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"Sex"})
public class Rule4180v2025 implements Rule {
    private static final Set<String> CODES = Set.of("M", "F", "U");

    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String sex = ids.get(row, "Sex");
            if (sex == null || !CODES.contains(sex)) {
                result.flagCell("ChildIdentifiers", row, "Sex");
            }
        }
        return result;
    }
}
