package org.kindred.returns.cin.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: a plan cannot start after the child's date of death. */
@RuleDefinition(code = "8915", ruleset = "cin2022_23",
        message = "Child Protection Plan shown as starting after the child’s Date of Death",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "ChildIdentifiers"},
        fields = {"CPPstartDate", "PersonDeathDate"})
public class Rule8915 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        Cin.join(cpp, ids, Cin.keys("LAchildID"),
                (p, i) -> Cin.after(Cin.date(cpp, p, "CPPstartDate"), Cin.date(ids, i, "PersonDeathDate")),
                result, Cin.cols("CPPstartDate"), Cin.cols("PersonDeathDate"));
        return result;
    }
}
