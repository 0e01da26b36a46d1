package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A child placed with parents (P1) cannot be accommodated under a single period of section 20 accommodation (V2). */
public class Rule378 extends RowRule {
    @Override
    public boolean fails(Table eps, int r) {
        return "P1".equals(eps.get(r, "PLACE")) && "V2".equals(eps.get(r, "LS"));
    }
}
