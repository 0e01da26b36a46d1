package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyMissing;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyPresent;

import java.util.List;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** AD1: the adoption items must all be given or all be blank. */
public class Rule151 extends RowRule {
    private static final List<String> ITEMS =
            List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    @Override
    public boolean fails(Table t, int row) {
        return anyPresent(t, row, ITEMS) && anyMissing(t, row, ITEMS);
    }
}
