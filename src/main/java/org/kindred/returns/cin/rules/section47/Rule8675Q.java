package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.cin.rules.kit.WorkingDays;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * CIN Section 47 (query): an enquiry with no initial conference, where a conference was required, should not
 * have started more than 15 working days before the reference date.
 */
public class Rule8675Q implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.withReferenceDate(data, end -> {
            LocalDate latest = WorkingDays.minus(end, 15);
            return Cin.flagRows(data, "Section47", (t, row) -> {
                String notRequired = t.get(row, "ICPCnotRequired");
                return Cin.isNa(t, row, "DateOfInitialCPC") && Cin.no(notRequired)
                        && Cin.before(t.date(row, "S47ActualStartDate"), latest);
            }, "DateOfInitialCPC", "S47ActualStartDate", "ICPCnotRequired");
        });
    }
}
