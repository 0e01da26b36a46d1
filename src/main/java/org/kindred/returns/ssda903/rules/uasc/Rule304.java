package org.kindred.returns.ssda903.rules.uasc;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** The date UASC status ceased must be on or before the child's 18th birthday. */
public class Rule304 extends RowRule {
    @Override
    public boolean fails(Table uasc, int r) {
        LocalDate eighteenth = Dates.plusYears(Dates.date(uasc, r, "DOB"), 18);
        return Dates.after(Dates.date(uasc, r, "DUC"), eighteenth);
    }
}
