package org.kindred.returns.cin.rules.assessments;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN assessments: an assessment cannot start after its authorisation (end) date. */
public class Rule8608 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "Assessments", (t, row) -> Cin.after(t.date(row, "AssessmentActualStartDate"),
                t.date(row, "AssessmentAuthorisationDate")),
                "AssessmentActualStartDate", "AssessmentAuthorisationDate");
    }
}
