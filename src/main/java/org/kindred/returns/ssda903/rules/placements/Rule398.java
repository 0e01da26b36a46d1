package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A child on a short break (V3, V4) must not have home or placement postcodes, from which distance is derived. */
public class Rule398 extends RowRule {
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    @Override
    public boolean fails(Table eps, int r) {
        return Part2Support.in(eps, r, "LS", SHORT_BREAKS)
                && (Part2Support.present(eps, r, "HOME_POST") || Part2Support.present(eps, r, "PL_POST"));
    }
}
