package org.kindred.returns.ssda903.rules.adoption;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** PlacedAdoption: the reason for reversing the decision to place for adoption must be RD1-RD4 when given. */
public class Rule120 extends RowRule {
    private static final Set<String> CODES = Set.of("RD1", "RD2", "RD3", "RD4");

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "REASON_PLACED_CEASED") != null && !CODES.contains(t.get(row, "REASON_PLACED_CEASED"));
    }
}
