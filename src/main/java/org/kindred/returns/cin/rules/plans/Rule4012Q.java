package org.kindred.returns.cin.rules.plans;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/** CIN plan dates (query): a CIN plan should not start and end on the same day. */
@RuleDefinition(code = "4012Q", ruleset = "cin2022_23",
        message = "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates"},
        fields = {"CINPlanStartDate", "CINPlanEndDate"},
        type = RuleType.QUERY)
public class Rule4012Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        RuleResult result = new RuleResult();
        for (int row = 0; row < plans.size(); row++) {
            LocalDate start = Cin.date(plans, row, "CINPlanStartDate");
            if (start != null && start.equals(Cin.date(plans, row, "CINPlanEndDate"))) {
                Cin.flag(result, plans, row, "CINPlanStartDate", "CINPlanEndDate");
            }
        }
        return result;
    }
}
