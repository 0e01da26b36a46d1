package org.kindred.returns.cin.rules.protection;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: a plan end date, where present, must fall within the census year. */
@RuleDefinition(code = "8930", ruleset = "cin2022_23",
        message = "Child Protection Plan End Date must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "Header"},
        fields = {"CPPendDate", "ReferenceDate"})
public class Rule8930 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        RuleResult result = new RuleResult();
        for (int row = 0; row < cpp.size(); row++) {
            LocalDate planEnd = Cin.date(cpp, row, "CPPendDate");
            if (Cin.before(planEnd, start) || Cin.after(planEnd, end)) {
                result.flagCell("ChildProtectionPlans", row, "CPPendDate");
            }
        }
        return result;
    }
}
