package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Provider PR0 (parents) goes only with placement P1. */
public class Rule550 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        String place = episodes.get(r, "PLACE");
        String provider = episodes.get(r, "PLACE_PROVIDER");
        return !"P1".equals(place) && "PR0".equals(provider);
    }
}
