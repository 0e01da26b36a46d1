package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A placement for adoption with a placement order (A5/A6) needs legal status E1. */
public class Rule408 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        return in(episodes.get(r, "PLACE"), Set.of("A5", "A6")) && !"E1".equals(episodes.get(r, "LS"));
    }
}
