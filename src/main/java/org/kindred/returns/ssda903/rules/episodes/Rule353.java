package org.kindred.returns.ssda903.rules.episodes;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** No episode may start before 14 October 1991, when the Children Act 1989 came into force. */
public class Rule353 extends RowRule {
    private static final LocalDate EARLIEST = LocalDate.of(1991, 10, 14);

    @Override
    public boolean fails(Table episodes, int r) {
        return Dates.before(Dates.date(episodes, r, "DECOM"), EARLIEST);
    }
}
