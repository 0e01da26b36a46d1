package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** The date of birth of a mother's first child must be after the mother's own date of birth. */
public class Rule621 extends RowRule {
    @Override
    public boolean fails(Table header, int r) {
        LocalDate mcDob = date(header.get(r, "MC_DOB"));
        LocalDate dob = date(header.get(r, "DOB"));
        return mcDob != null && (dob == null || !mcDob.isAfter(dob));
    }
}
