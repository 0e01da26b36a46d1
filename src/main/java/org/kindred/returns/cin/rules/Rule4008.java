package org.kindred.returns.cin.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN: a CIN plan cannot start after the child's date of death. */
@RuleDefinition(code = "4008", ruleset = "cin2022_23",
        message = "CIN Plan shown as starting after the child’s Date of Death.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "CINplanDates"},
        fields = {"PersonDeathDate", "CINPlanStartDate"})
public class Rule4008 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        Table plans = Cin.table(data, "CINplanDates");
        RuleResult result = new RuleResult();
        Cin.join(ids, plans, Cin.keys("LAchildID"),
                (i, p) -> Cin.before(Cin.date(ids, i, "PersonDeathDate"), Cin.date(plans, p, "CINPlanStartDate")),
                result, Cin.cols("PersonDeathDate"), Cin.cols("CINPlanStartDate"));
        return result;
    }
}
