package org.kindred.returns.cin.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/** CIN (query): a CIN plan cannot end after the child's date of death. */
@RuleDefinition(code = "4009Q", ruleset = "cin2022_23",
        message = "CIN Plan cannot end after the child’s Date of Death",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"ChildIdentifiers", "CINplanDates"},
        fields = {"PersonDeathDate", "CINPlanEndDate"},
        type = RuleType.QUERY)
public class Rule4009Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ids = Cin.table(data, "ChildIdentifiers");
        Table plans = Cin.table(data, "CINplanDates");
        RuleResult result = new RuleResult();
        Cin.join(ids, plans, Cin.keys("LAchildID"),
                (i, p) -> Cin.before(Cin.date(ids, i, "PersonDeathDate"), Cin.date(plans, p, "CINPlanEndDate")),
                result, Cin.cols("PersonDeathDate"), Cin.cols("CINPlanEndDate"));
        return result;
    }
}
