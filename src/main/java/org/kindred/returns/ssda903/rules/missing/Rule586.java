package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A missing period cannot start on or before the child's date of birth. */
public class Rule586 extends RowRule {
    @Override
    public boolean fails(Table missing, int r) {
        return onOrBefore(date(missing, r, "MIS_START"), date(missing, r, "DOB"));
    }
}
