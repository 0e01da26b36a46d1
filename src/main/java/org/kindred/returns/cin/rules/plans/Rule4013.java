package org.kindred.returns.cin.rules.plans;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN plan dates: a plan end date, where present, must fall within the census year. */
@RuleDefinition(code = "4013", ruleset = "cin2022_23",
        message = "CIN Plan end date must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"CINplanDates", "Header"},
        fields = {"CINPlanEndDate", "ReferenceDate"})
public class Rule4013 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table plans = Cin.table(data, "CINplanDates");
        LocalDate reference = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(reference);
        RuleResult result = new RuleResult();
        for (int row = 0; row < plans.size(); row++) {
            LocalDate end = Cin.date(plans, row, "CINPlanEndDate");
            if (Cin.before(end, start) || Cin.after(end, reference)) {
                result.flagCell("CINplanDates", row, "CINPlanEndDate");
            }
        }
        return result;
    }
}
