package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A short-term respite episode (V3) must start a new period of care (RNE S); it cannot be a placement change. */
public class Rule366 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        return "V3".equals(episodes.get(r, "LS")) && !"S".equals(episodes.get(r, "RNE"));
    }
}
