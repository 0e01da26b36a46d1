package org.kindred.returns.cin.rules.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * CIN assessments (query): within one CIN episode an assessment should not start while another is ongoing
 * (between its start and authorisation, or up to the reference date when it has no authorisation).
 */
public class Rule8863Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table ass = Cin.table(data, "Assessments");
        LocalDate reference = Cin.referenceDate(data);
        RuleResult result = new RuleResult();
        for (List<Integer> episode : Cin.groupBy(ass, "LAchildID", "CINdetailsID").values()) {
            for (int a : episode) {
                LocalDate start = ass.date(a, "AssessmentActualStartDate");
                LocalDate end = ass.date(a, "AssessmentAuthorisationDate");
                for (int b : episode) {
                    LocalDate otherStart = ass.date(b, "AssessmentActualStartDate");
                    LocalDate otherEnd = ass.date(b, "AssessmentAuthorisationDate");
                    if (start == null || otherStart == null) {
                        continue;
                    }
                    boolean sameAssessment = start.equals(otherStart) && Objects.equals(end, otherEnd);
                    if (sameAssessment || start.isBefore(otherStart)) {
                        continue;
                    }
                    boolean ongoing = otherEnd != null ? !start.isAfter(otherEnd)
                            : reference != null && !start.isAfter(reference);
                    if (ongoing) {
                        result.flagCell("Assessments", a, "AssessmentActualStartDate");
                        Cin.flag(result, ass, b, "AssessmentActualStartDate", "AssessmentAuthorisationDate");
                    }
                }
            }
        }
        return result;
    }
}
