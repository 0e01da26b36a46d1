package org.kindred.returns.cin.rules.assessments;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** CIN assessments: assessment factors may only be given for a completed (authorised) assessment. */
@RuleDefinition(code = "8614", ruleset = "cin2022_23",
        message = "Parental or child factors at assessment should only be present for a completed assessment.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Assessments"},
        fields = {"AssessmentAuthorisationDate", "AssessmentFactors"})
public class Rule8614 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "Assessments", (t, row) -> Cin.isNa(t, row, "AssessmentAuthorisationDate")
                && t.get(row, "AssessmentFactors") != null, "AssessmentAuthorisationDate", "AssessmentFactors");
    }
}
