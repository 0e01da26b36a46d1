package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A child recorded as a mother must have the date of birth of her first child. */
public class Rule611 extends RowRule {
    @Override
    public boolean fails(Table header, int r) {
        return "1".equals(header.get(r, "MOTHER")) && na(header.get(r, "MC_DOB"));
    }
}
