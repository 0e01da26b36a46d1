package org.kindred.returns.cin.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;

/** CIN assessments (query): the factor code 18A should no longer be used (18B or 18C instead). */
@RuleDefinition(code = "8945Q", ruleset = "cin2024_25",
        message = "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
        years = {"2024/25", "2025/26"},
        tables = {"Assessments"},
        fields = {"AssessmentFactors"},
        type = RuleType.QUERY)
public class Rule8945Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        RuleResult result = new RuleResult();
        for (int row = 0; row < ass.size(); row++) {
            for (String code : Cin.factors(ass.get(row, "AssessmentFactors"))) {
                if (code.equalsIgnoreCase("18A")) {
                    result.flagCell("Assessments", row, "AssessmentFactors");
                }
            }
        }
        return result;
    }
}
