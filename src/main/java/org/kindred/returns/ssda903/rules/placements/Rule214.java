package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Short-break episodes (legal status V3 or V4) must not record a placement postcode or URN. */
public class Rule214 extends RowRule {
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    @Override
    public boolean fails(Table episodes, int r) {
        return Part2Support.in(episodes, r, "LS", SHORT_BREAKS)
                && (Part2Support.present(episodes, r, "PL_POST") || Part2Support.present(episodes, r, "URN"));
    }
}
