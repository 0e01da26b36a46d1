package org.kindred.returns.cin.rules.assessments;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN assessments: an assessment not yet completed must have started within the census year. */
@RuleDefinition(code = "8736", ruleset = "cin2022_23",
        message = "For an Assessment that has not been completed, the start date must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Assessments", "Header"},
        fields = {"AssessmentAuthorisationDate", "AssessmentActualStartDate"})
public class Rule8736 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        RuleResult result = new RuleResult();
        for (int row = 0; row < ass.size(); row++) {
            if (ass.get(row, "CINdetailsID") == null || !Cin.isNa(ass, row, "AssessmentAuthorisationDate")) {
                continue;
            }
            LocalDate started = Cin.date(ass, row, "AssessmentActualStartDate");
            boolean within = started != null && end != null && !started.isBefore(start) && !started.isAfter(end);
            if (!within) {
                Cin.flag(result, ass, row, "AssessmentAuthorisationDate", "AssessmentActualStartDate");
            }
        }
        return result;
    }
}
