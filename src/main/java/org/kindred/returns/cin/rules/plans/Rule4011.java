package org.kindred.returns.cin.rules.plans;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN plan dates: a plan's end date cannot be before its start date. */
@RuleDefinition(code = "4011", ruleset = "cin2022_23",
        message = "CIN Plan End Date earlier than Start Date",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates"},
        fields = {"CINPlanEndDate", "CINPlanStartDate"})
public class Rule4011 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        RuleResult result = new RuleResult();
        for (int row = 0; row < plans.size(); row++) {
            if (Cin.before(Cin.date(plans, row, "CINPlanEndDate"), Cin.date(plans, row, "CINPlanStartDate"))) {
                Cin.flag(result, plans, row, "CINPlanEndDate", "CINPlanStartDate");
            }
        }
        return result;
    }
}
