package org.kindred.returns.cin.rules.assessments;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN assessments: an assessment not yet completed must have started within the census year. */
public class Rule8736 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        return Cin.flagRows(data, "Assessments", (t, row) -> {
            if (t.get(row, "CINdetailsID") == null || !Cin.isNa(t, row, "AssessmentAuthorisationDate")) {
                return false;
            }
            LocalDate started = t.date(row, "AssessmentActualStartDate");
            return !(started != null && end != null && !started.isBefore(start) && !started.isAfter(end));
        }, "AssessmentAuthorisationDate", "AssessmentActualStartDate");
    }
}
