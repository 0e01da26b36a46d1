package org.kindred.returns.cin.rules.returnlevel;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/**
 * CIN (LA level, query): more than 2% of the children (excluding unborn children, who have an expected date
 * of birth) have no sex recorded (missing or U).
 */
@RuleDefinition(code = "2886Q", ruleset = "cin2024_25",
        message = "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)",
        years = {"2024/25", "2025/26"},
        tables = {"ChildIdentifiers"},
        fields = {"ExpectedPersonBirthDate", "CINTable.ChildIdentifiers"},
        type = RuleType.QUERY)
public class Rule2886Qv2025 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        if (ids.size() == 0) {
            return result;
        }
        int missing = 0;
        for (int row = 0; row < ids.size(); row++) {
            String sex = ids.get(row, "Sex");
            if ((sex == null || "U".equals(sex)) && Cin.isNa(ids, row, "ExpectedPersonBirthDate")) {
                missing++;
            }
        }
        if ((double) missing / ids.size() > 0.02) {
            result.failReturn();
        }
        return result;
    }
}
