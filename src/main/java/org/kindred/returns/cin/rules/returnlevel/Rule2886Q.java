package org.kindred.returns.cin.rules.returnlevel;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/**
 * CIN (LA level, query): more than 2% of the children (excluding unborn children, who have an expected date
 * of birth) have no gender recorded (missing or 0).
 */
@RuleDefinition(code = "2886Q", ruleset = "cin2022_23",
        message = "Please check and either amend or provide a reason: Percentage of children with no gender recorded is more than 2% (excluding unborns)",
        years = {"2022/23", "2023/24"},
        tables = {"ChildIdentifiers"},
        fields = {"ExpectedPersonBirthDate", "CINTable.ChildIdentifiers"},
        type = RuleType.QUERY)
public class Rule2886Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        if (ids.size() == 0) {
            return result;
        }
        int missing = 0;
        for (int row = 0; row < ids.size(); row++) {
            String gender = Cells.trim(ids.get(row, "GenderCurrent"));
            boolean noGender = Cells.blank(gender) || "0".equals(gender);
            if (noGender && Cin.blank(ids, row, "ExpectedPersonBirthDate")) {
                missing++;
            }
        }
        if ((double) missing / ids.size() > 0.02) {
            result.failReturn();
        }
        return result;
    }
}
