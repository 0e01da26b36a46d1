package org.kindred.returns.cin.rules.assessments;

import java.util.HashSet;
import java.util.List;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN assessments: an assessment must not list the same factor code twice (within its codes, or, for
 * one-factor-per-row data, in two rows of the same child, episode and assessment start date). The factor
 * cell is flagged, the affected field of the catalogue version.
 */
public class Rule8898 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        RuleResult result = Cin.flagRows(data, "Assessments", (t, row) -> {
            List<String> codes = Cin.factors(t.get(row, "AssessmentFactors"));
            return new HashSet<>(codes).size() < codes.size();
        }, "AssessmentFactors");
        for (List<Integer> same : Cin.groupBy(ass, "LAchildID", "CINdetailsID", "AssessmentActualStartDate",
                "AssessmentFactors").values()) {
            if (same.size() > 1) {
                same.forEach(r -> result.flagCell("Assessments", r, "AssessmentFactors"));
            }
        }
        return result;
    }
}
