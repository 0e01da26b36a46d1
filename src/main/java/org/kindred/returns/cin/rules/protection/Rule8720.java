package org.kindred.returns.cin.rules.protection;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: a plan's start date must be present and on or before the reference date. */
@RuleDefinition(code = "8720", ruleset = "cin2022_23",
        message = "Child Protection Plan Start Date missing or out of data collection period",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "Header"},
        fields = {"CPPstartDate", "ReferenceDate"})
public class Rule8720 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        LocalDate end = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        for (int row = 0; row < cpp.size(); row++) {
            if (cpp.get(row, "CPPID") == null) {
                continue;
            }
            LocalDate start = Cin.date(cpp, row, "CPPstartDate");
            if (start == null || Cin.after(start, end)) {
                result.flagCell("ChildProtectionPlans", row, "CPPstartDate");
            }
        }
        return result;
    }
}
