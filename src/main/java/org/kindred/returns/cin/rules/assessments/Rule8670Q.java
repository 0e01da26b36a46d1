package org.kindred.returns.cin.rules.assessments;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/**
 * CIN assessments (query): an assessment with no authorisation date should not have started more than 45
 * working days before the reference date.
 */
@RuleDefinition(code = "8670Q", ruleset = "cin2022_23",
        message = "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Assessments", "Header"},
        fields = {"AssessmentActualStartDate"},
        type = RuleType.QUERY)
public class Rule8670Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        LocalDate end = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        if (end == null) {
            return result;
        }
        LocalDate latest = WorkingDays.minus(end, 45);
        for (int row = 0; row < ass.size(); row++) {
            if (Cin.isNa(ass, row, "AssessmentAuthorisationDate")
                    && Cin.before(Cin.date(ass, row, "AssessmentActualStartDate"), latest)) {
                Cin.flag(result, ass, row, "AssessmentAuthorisationDate", "AssessmentActualStartDate");
            }
        }
        return result;
    }
}
