package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A child on a short break (V3, V4) cannot be in a temporary placement (T0-T4). */
public class Rule382 extends RowRule {
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    @Override
    public boolean fails(Table eps, int r) {
        return Part2Support.in(eps, r, "LS", SHORT_BREAKS) && Part2Support.in(eps, r, "PLACE", TEMPORARY);
    }
}
