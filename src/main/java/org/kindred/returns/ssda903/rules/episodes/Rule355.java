package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/**
 * An episode must not end on the day it started. As in the reference tool the cells are compared as text,
 * so an episode with neither date is also flagged.
 */
public class Rule355 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        return Part2Support.text(episodes, r, "DECOM").equals(Part2Support.text(episodes, r, "DEC"));
    }
}
