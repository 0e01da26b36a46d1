package org.kindred.returns.cin.rules.protection;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: a plan's end date cannot be before its start date. */
@RuleDefinition(code = "8925", ruleset = "cin2022_23",
        message = "Child Protection Plan End Date earlier than Start Date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans"},
        fields = {"CPPstartDate", "CPPendDate"})
public class Rule8925 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        RuleResult result = new RuleResult();
        for (int row = 0; row < cpp.size(); row++) {
            if (Cin.before(Cin.date(cpp, row, "CPPendDate"), Cin.date(cpp, row, "CPPstartDate"))) {
                Cin.flag(result, cpp, row, "CPPstartDate", "CPPendDate");
            }
        }
        return result;
    }
}
