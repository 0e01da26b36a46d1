package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** The decision to place for adoption must be on or before the decision that the child should no longer be placed. */
public class Rule522 extends RowRule {
    @Override
    public boolean fails(Table placed, int r) {
        return before(date(placed, r, "DATE_PLACED_CEASED"), date(placed, r, "DATE_PLACED"));
    }
}
