package org.kindred.returns.cin.rules.protection;

import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN child protection plans: a child must not show more than one open plan (no end date) under the same
 * plan ID; every plan row of such a group is flagged.
 */
@RuleDefinition(code = "8935", ruleset = "cin2022_23",
        message = "This child is showing more than one open Child Protection plan, i.e. with no End Date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildProtectionPlans"},
        fields = {"CPPendDate"})
public class Rule8935 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table cpp = Cin.table(data, "ChildProtectionPlans");
        RuleResult result = new RuleResult();
        for (List<Integer> group : Cin.groupBy(cpp, "LAchildID", "CPPID").values()) {
            int first = group.get(0);
            if (cpp.get(first, "LAchildID") == null || cpp.get(first, "CPPID") == null) {
                continue;
            }
            long open = group.stream().filter(r -> Cin.isNa(cpp, r, "CPPendDate")).count();
            if (open > 1) {
                group.forEach(r -> result.flagCell("ChildProtectionPlans", r, "CPPendDate"));
            }
        }
        return result;
    }
}
