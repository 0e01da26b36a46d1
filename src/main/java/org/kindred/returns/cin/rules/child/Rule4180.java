package org.kindred.returns.cin.rules.child;

import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child identifiers: the gender must be present and one of 0, 1, 2 or 9. */
@RuleDefinition(code = "4180", ruleset = "cin2022_23",
        message = "Gender is missing",
        years = {"2022/23", "2023/24"},
        tables = {"ChildIdentifiers"},
        fields = {"GenderCurrent"})
public class Rule4180 implements Rule {
    private static final Set<String> CODES = Set.of("0", "1", "2", "9");

    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ids.size(); row++) {
            String gender = ids.get(row, "GenderCurrent");
            if (gender == null || !CODES.contains(gender)) {
                result.flagCell("ChildIdentifiers", row, "GenderCurrent");
            }
        }
        return result;
    }
}
