package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A placement distance over 350 miles is queried (999.9 means not known). */
public class Rule454 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        Double distance = number(episodes.get(r, "PL_DISTANCE"));
        return distance != null && distance > 350 && distance != 999.9;
    }
}
