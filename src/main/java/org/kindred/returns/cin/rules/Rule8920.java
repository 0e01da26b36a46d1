package org.kindred.returns.cin.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN child protection plans: a plan cannot end after the child's date of death. */
@RuleDefinition(code = "8920", ruleset = "cin2022_23",
        message = "Child Protection Plan cannot end after the child’s Date of Death",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans", "ChildIdentifiers"},
        fields = {"PersonDeathDate", "CPPendDate"})
public class Rule8920 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        Table ids = Cin.table(data, "ChildIdentifiers");
        RuleResult result = new RuleResult();
        Cin.join(cpp, ids, Cin.keys("LAchildID"),
                (p, i) -> Cin.after(Cin.date(cpp, p, "CPPendDate"), Cin.date(ids, i, "PersonDeathDate")),
                result, Cin.cols("CPPendDate"), Cin.cols("PersonDeathDate"));
        return result;
    }
}
