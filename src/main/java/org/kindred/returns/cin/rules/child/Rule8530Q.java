package org.kindred.returns.cin.rules.child;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * CIN child identifiers (query): an expected date of birth should fall after the reference date minus 30 days
 * and before the reference date plus 9 months.
 */
public class Rule8530Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.withReferenceDate(data, reference -> {
            LocalDate earliest = reference.minusDays(30);
            LocalDate latest = reference.plusMonths(9);
            return Cin.flagRows(data, "ChildIdentifiers", (t, row) -> {
                LocalDate expected = t.date(row, "ExpectedPersonBirthDate");
                return expected != null && (!expected.isBefore(latest) || !expected.isAfter(earliest));
            }, "ExpectedPersonBirthDate");
        });
    }
}
