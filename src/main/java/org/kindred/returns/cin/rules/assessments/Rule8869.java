package org.kindred.returns.cin.rules.assessments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN assessments: the factor code 21 (no factors identified) cannot be used with any other factor. Flags an
 * assessment listing 21 with other codes and, for one-factor-per-row data, the other factors recorded for the
 * same assessment (same child, episode and authorisation date) as a 21.
 */
public class Rule8869 implements Rule {
    private static final String[] ASSESSMENT = {"LAchildID", "CINdetailsID", "AssessmentAuthorisationDate"};

    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        Set<String> withOnly21 = new HashSet<>();
        RuleResult result = new RuleResult();
        for (int row = 0; row < ass.size(); row++) {
            List<String> codes = Cin.factors(ass.get(row, "AssessmentFactors"));
            if (codes.contains("21") && codes.size() > 1) {
                result.flagCell("Assessments", row, "AssessmentFactors");
            }
            if ("21".equals(ass.get(row, "AssessmentFactors"))) {
                withOnly21.add(Cin.key(ass, row, ASSESSMENT));
            }
        }
        for (int row = 0; row < ass.size(); row++) {
            if (!"21".equals(ass.get(row, "AssessmentFactors")) && withOnly21.contains(Cin.key(ass, row, ASSESSMENT))) {
                result.flagCell("Assessments", row, "AssessmentFactors");
            }
        }
        return result;
    }
}
