package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** OC2: a child without a substance misuse problem must have the intervention items blank. */
public class Rule193 extends RowRule {
    @Override
    public boolean fails(Table t, int row) {
        return (t.get(row, "SUBSTANCE_MISUSE") == null || "0".equals(t.get(row, "SUBSTANCE_MISUSE")))
                && (t.get(row, "INTERVENTION_RECEIVED") != null || t.get(row, "INTERVENTION_OFFERED") != null);
    }
}
