package org.kindred.returns.cin.rules.plans;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN plan dates: the plan start date must be present and on or before the reference date. */
@RuleDefinition(code = "4010", ruleset = "cin2022_23",
        message = "CIN Plan start date is missing or out of data collection period",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates", "Header"},
        fields = {"CINPlanStartDate"})
public class Rule4010 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        LocalDate reference = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        for (int row = 0; row < plans.size(); row++) {
            LocalDate start = Cin.date(plans, row, "CINPlanStartDate");
            if (start == null || Cin.after(start, reference)) {
                result.flagCell("CINplanDates", row, "CINPlanStartDate");
            }
        }
        return result;
    }
}
