package org.kindred.returns.cin.rules.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * CIN assessments (query): an assessment authorised on or after the start of the census year should have one
 * or more valid factor codes.
 */
public class Rule8897Q implements Rule {
    static final Set<String> CODES = Set.of("1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C",
            "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A",
            "14A", "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A");

    @Override
    public RuleResult check(ReturnData data) {
        return Cin.withReferenceDate(data, end -> {
            LocalDate start = Cin.collectionStart(end);
            return Cin.flagRows(data, "Assessments", (t, row) -> {
                LocalDate authorised = t.date(row, "AssessmentAuthorisationDate");
                if (authorised == null || authorised.isBefore(start)) {
                    return false;
                }
                List<String> codes = Cin.factors(t.get(row, "AssessmentFactors"));
                return codes.isEmpty() || !CODES.containsAll(codes);
            }, "AssessmentAuthorisationDate", "AssessmentFactors");
        });
    }
}
