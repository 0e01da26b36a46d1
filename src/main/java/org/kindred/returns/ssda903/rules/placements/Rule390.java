package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** An episode ending in adoption (E11, E12) must be a placement for adoption (A3-A6). */
public class Rule390 extends RowRule {
    @Override
    public boolean fails(Table eps, int r) {
        return Part2Support.in(eps, r, "REC", Set.of("E11", "E12"))
                && !Part2Support.in(eps, r, "PLACE", Set.of("A3", "A4", "A5", "A6"));
    }
}
