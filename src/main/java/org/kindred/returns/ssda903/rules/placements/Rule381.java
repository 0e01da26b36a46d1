package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A temporary placement (T0-T4) cannot end a period of care: if it has ended, the reason must be X1. */
public class Rule381 extends RowRule {
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    @Override
    public boolean fails(Table eps, int r) {
        return Part2Support.in(eps, r, "PLACE", TEMPORARY) && Part2Support.present(eps, r, "REC")
                && !"X1".equals(eps.get(r, "REC"));
    }
}
