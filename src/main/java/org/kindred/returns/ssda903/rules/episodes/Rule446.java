package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Legal status E1 (placement order) cannot be used for episodes starting before December 2005. */
public class Rule446 extends RowRule {
    private static final LocalDate FIRST_ALLOWED = LocalDate.of(2005, 12, 1);

    @Override
    public boolean fails(Table episodes, int r) {
        return "E1".equals(episodes.get(r, "LS")) && before(date(episodes, r, "DECOM"), FIRST_ALLOWED);
    }
}
