package org.kindred.returns.cin.rules.section47;

import java.time.LocalDate;
import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;

/**
 * CIN Section 47: an enquiry that has held no initial conference, where one is required (ICPCnotRequired
 * false or 0), must have started within the census year.
 */
public class Rule8740 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Cin.referenceDate(data);
        LocalDate start = Cin.collectionStart(end);
        return Cin.flagRows(data, "Section47", (t, row) -> {
            String notRequired = t.get(row, "ICPCnotRequired");
            LocalDate started = t.date(row, "S47ActualStartDate");
            return Cin.isNa(t, row, "DateOfInitialCPC") && Cin.no(notRequired)
                    && (Cin.before(started, start) || Cin.after(started, end));
        }, "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired");
    }
}
