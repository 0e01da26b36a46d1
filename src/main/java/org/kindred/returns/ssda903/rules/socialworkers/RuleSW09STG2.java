package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A social worker episode must not start and end on the same day. */
public class RuleSW09STG2 extends RowRule {
    @Override
    public boolean fails(Table swe, int r) {
        String dec = swe.get(r, "SW_DEC");
        return dec != null && dec.equals(swe.get(r, "SW_DECOM"));
    }
}
