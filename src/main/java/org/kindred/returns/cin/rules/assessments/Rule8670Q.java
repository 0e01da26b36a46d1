package org.kindred.returns.cin.rules.assessments;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;

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
        return Cin.withReferenceDate(data, end -> {
            LocalDate latest = WorkingDays.minus(end, 45);
            return Cin.flagRows(data, "Assessments", (t, row) -> Cin.isNa(t, row, "AssessmentAuthorisationDate")
                    && Cin.before(t.date(row, "AssessmentActualStartDate"), latest),
                    "AssessmentAuthorisationDate", "AssessmentActualStartDate");
        });
    }
}
