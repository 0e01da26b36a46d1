package org.kindred.returns.cin.rules.assessments;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN assessments: assessment factors may only be given for a completed (authorised) assessment. */
public class Rule8614 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "Assessments", (t, row) -> Cin.isNa(t, row, "AssessmentAuthorisationDate")
                && t.get(row, "AssessmentFactors") != null, "AssessmentAuthorisationDate", "AssessmentFactors");
    }
}
