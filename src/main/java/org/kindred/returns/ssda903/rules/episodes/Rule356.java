package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** An episode must not end before it started. */
public class Rule356 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        return Dates.before(Dates.date(episodes, r, "DEC"), Dates.date(episodes, r, "DECOM"));
    }
}
