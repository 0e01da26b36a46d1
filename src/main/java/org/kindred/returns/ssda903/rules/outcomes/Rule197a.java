package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** OC2: the reason for no SDQ score must be blank when a score is given. */
public class Rule197a extends RowRule {
    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "SDQ_SCORE") != null && t.get(row, "SDQ_REASON") != null;
    }
}
