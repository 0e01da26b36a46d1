package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Header: a male child (SEX 1) must not have a mother's child date of birth. */
@RuleDefinition(code = "174", ruleset = "lac2022_23",
        message = "Mother's child date of birth is recorded but gender shows that the child is a male.",
        years = {"2022/23", "2023/24"},
        tables = {"Header"}, fields = {"SEX", "MC_DOB"})
public class Rule174 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("Header").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if ("1".equals(t.get(row, "SEX")) && t.get(row, "MC_DOB") != null) {
                result.flagRow("Header", row);
            }
        }
        return result;
    }
}
