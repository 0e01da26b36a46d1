package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A missing period cannot end before it started. */
public class Rule567 extends RowRule {
    @Override
    public boolean fails(Table missing, int r) {
        return after(date(missing, r, "MIS_START"), date(missing, r, "MIS_END"));
    }
}
