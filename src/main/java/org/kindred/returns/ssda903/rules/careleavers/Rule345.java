package org.kindred.returns.ssda903.rules.careleavers;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A care leaver the authority is in touch with (YES) must not have activity or accommodation coded 0. */
public class Rule345 extends RowRule {
    @Override
    public boolean fails(Table oc3, int r) {
        return "YES".equals(oc3.get(r, "IN_TOUCH"))
                && ("0".equals(oc3.get(r, "ACTIV")) || "0".equals(oc3.get(r, "ACCOM")));
    }
}
