package org.kindred.returns.ssda903.rules.placements;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A placement of type P2 must have ended by 28 October 2023. */
public class Rule217t extends RowRule {
    private static final LocalDate CODE_END = LocalDate.of(2023, 10, 28);

    @Override
    public boolean fails(Table episodes, int r) {
        LocalDate dec = Dates.date(episodes, r, "DEC");
        return "P2".equals(episodes.get(r, "PLACE")) && (dec == null || dec.isAfter(CODE_END));
    }
}
