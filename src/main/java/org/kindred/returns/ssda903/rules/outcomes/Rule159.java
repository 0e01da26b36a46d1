package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** OC2: when a child with a substance misuse problem received no intervention, whether one was offered must be given. */
public class Rule159 extends RowRule {
    @Override
    public boolean fails(Table t, int row) {
        return "1".equals(t.get(row, "SUBSTANCE_MISUSE")) && "0".equals(t.get(row, "INTERVENTION_RECEIVED"))
                && t.get(row, "INTERVENTION_OFFERED") == null;
    }
}
