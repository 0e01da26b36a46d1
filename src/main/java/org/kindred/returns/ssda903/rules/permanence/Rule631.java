package org.kindred.returns.ssda903.rules.permanence;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** The previous permanence option, where given, must be P1-P4 or Z1. */
public class Rule631 extends RowRule {
    @Override
    public boolean fails(Table pre, int r) {
        String code = pre.get(r, "PREV_PERM");
        return code != null && !in(code, "P1", "P2", "P3", "P4", "Z1");
    }
}
