package org.kindred.returns.cin.rules.assessments;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * One check that differs from code to code only in constants (the retired code).
 * <br>8945Q: CIN assessments (query): the factor code 18A should no longer be used (18B or 18C instead).
 * <br>8950Q: CIN assessments (query): the factor code 19A should no longer be used (19B or 19C instead).
 */
public class Rules8945QAnd8950Q extends RuleVersion {
    private final String retired = code().equals("8950Q") ? "19A" : "18A";

    public Rules8945QAnd8950Q(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "Assessments", (t, row) -> Cin.factors(t.get(row, "AssessmentFactors")).stream()
                .anyMatch(retired::equalsIgnoreCase), "AssessmentFactors");
    }
}
