package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyMissing;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyPresent;

import java.util.List;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** OC3: in touch, activity and accommodation must all be given or all be blank. */
public class Rule153 extends RowRule {
    private static final List<String> ITEMS = List.of("IN_TOUCH", "ACTIV", "ACCOM");

    @Override
    public boolean fails(Table t, int row) {
        return anyPresent(t, row, ITEMS) && anyMissing(t, row, ITEMS);
    }
}
