package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Short-break episodes (V3/V4) must not give a placement LA. */
public class Rule420 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        return in(episodes.get(r, "LS"), Set.of("V3", "V4")) && present(episodes.get(r, "PL_LA"));
    }
}
