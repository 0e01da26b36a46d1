package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Home and placement postcodes must differ unless the child is placed with parents (P1). */
public class Rule392d extends RowRule {
    @Override
    public boolean fails(Table eps, int r) {
        return !"P1".equals(eps.get(r, "PLACE")) && Part2Support.present(eps, r, "HOME_POST")
                && eps.get(r, "HOME_POST").equals(eps.get(r, "PL_POST"));
    }
}
