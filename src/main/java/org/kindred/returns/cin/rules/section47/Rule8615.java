package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/** CIN Section 47: with an initial conference date, the enquiry start must be present and not after it. */
public class Rule8615 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "Section47", (t, row) -> {
            LocalDate start = t.date(row, "S47ActualStartDate");
            LocalDate conference = t.date(row, "DateOfInitialCPC");
            return conference != null && (start == null || start.isAfter(conference));
        }, "S47ActualStartDate", "DateOfInitialCPC");
    }
}
