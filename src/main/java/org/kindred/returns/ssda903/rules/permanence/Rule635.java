package org.kindred.returns.ssda903.rules.permanence;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Where the date or LA of a previous permanence order is given, the previous permanence option must be given too. */
public class Rule635 extends RowRule {
    @Override
    public boolean fails(Table pre, int r) {
        return anyPresent(pre, r, "LA_PERM", "DATE_PERM") && na(pre.get(r, "PREV_PERM"));
    }
}
