package org.kindred.returns.cin.rules.assessments;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * CIN assessments (query): an assessment with no authorisation date should not have started more than 45
 * working days before the reference date.
 */
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
