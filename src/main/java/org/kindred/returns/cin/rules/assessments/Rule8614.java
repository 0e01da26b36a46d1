package org.kindred.returns.cin.rules.assessments;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** CIN assessments: assessment factors may only be given for a completed (authorised) assessment. */
@RuleDefinition(code = "8614", ruleset = "cin2022_23",
        message = "Parental or child factors at assessment should only be present for a completed assessment.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26"},
        tables = {"Assessments"},
        fields = {"AssessmentAuthorisationDate", "AssessmentFactors"})
public class Rule8614 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ass.size(); row++) {
            if (Cin.isNa(ass, row, "AssessmentAuthorisationDate") && ass.get(row, "AssessmentFactors") != null) {
                Cin.flag(result, ass, row, "AssessmentAuthorisationDate", "AssessmentFactors");
            }
        }
        return result;
    }
}
