package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A DoLO must start after the child's date of birth. */
public class Rule708 extends RowRule {
    @Override
    public boolean fails(Table dolo, int r) {
        LocalDate start = date(dolo.get(r, "DOLO_START"));
        LocalDate dob = date(dolo.get(r, "DOB"));
        return start != null && dob != null && !start.isAfter(dob);
    }
}
