package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A decision that the child should no longer be placed for adoption needs the date of the original decision. */
public class Rule563 extends RowRule {
    @Override
    public boolean fails(Table placed, int p) {
        return present(placed.get(p, "REASON_PLACED_CEASED")) && present(placed.get(p, "DATE_PLACED_CEASED"))
                    && na(placed.get(p, "DATE_PLACED"));
    }
}
