package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** OC2: a child with a substance misuse problem must have whether an intervention was received completed. */
public class Rule192 extends RowRule {
    @Override
    public boolean fails(Table t, int row) {
        return "1".equals(t.get(row, "SUBSTANCE_MISUSE")) && t.get(row, "INTERVENTION_RECEIVED") == null;
    }
}
