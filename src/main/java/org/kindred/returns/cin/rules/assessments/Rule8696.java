package org.kindred.returns.cin.rules.assessments;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN assessments: an authorisation (end) date, where present, must fall within the census year. */
@RuleDefinition(code = "8696", ruleset = "cin2022_23",
        message = "Assessment end date must fall within the census year",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Assessments", "Header"},
        fields = {"AssessmentAuthorisationDate", "ReferenceDate"})
public class Rule8696 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        RuleResult result = new RuleResult();
        for (int row = 0; row < ass.size(); row++) {
            LocalDate auth = Cin.date(ass, row, "AssessmentAuthorisationDate");
            if (Cin.before(auth, start) || Cin.after(auth, end)) {
                result.flagCell("Assessments", row, "AssessmentAuthorisationDate");
            }
        }
        return result;
    }
}
