package org.kindred.returns.ssda903.rules.adoption;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** When a date of matching is given, the date of the decision to place for adoption must be given and not be later. */
public class Rule333 extends RowRule {
    @Override
    public boolean fails(Table ad1, int r) {
        LocalDate match = Dates.date(ad1, r, "DATE_MATCH");
        LocalDate decision = Dates.date(ad1, r, "DATE_INT");
        return match != null && (decision == null || decision.isAfter(match));
    }
}
