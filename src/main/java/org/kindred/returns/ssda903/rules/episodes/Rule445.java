package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Legal status D1 (freeing order) cannot be used for episodes starting after December 2005. */
public class Rule445 extends RowRule {
    private static final LocalDate LAST_ALLOWED = LocalDate.of(2005, 12, 31);

    @Override
    public boolean fails(Table episodes, int r) {
        return "D1".equals(episodes.get(r, "LS")) && after(date(episodes, r, "DECOM"), LAST_ALLOWED);
    }
}
