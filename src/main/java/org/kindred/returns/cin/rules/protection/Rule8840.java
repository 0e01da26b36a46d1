package org.kindred.returns.cin.rules.protection;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: a plan cannot start and end on the same day. */
@RuleDefinition(code = "8840", ruleset = "cin2022_23",
        message = "Child Protection Plan cannot start and end on the same day",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans"},
        fields = {"CINTable.ChildProtectionPlans", "CPPstartDate", "CPPendDate"})
public class Rule8840 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cpp.size(); row++) {
            LocalDate start = Cin.date(cpp, row, "CPPstartDate");
            if (start != null && start.equals(Cin.date(cpp, row, "CPPendDate"))) {
                Cin.flag(result, cpp, row, "CPPstartDate", "CPPendDate");
            }
        }
        return result;
    }
}
