package org.kindred.returns.ssda903.rules.socialworkers;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** A social worker ID must begin with SW or XX. */
public class RuleSW02STG1 extends RowRule {
    @Override
    public boolean fails(Table swe, int r) {
        String id = swe.get(r, "SW_ID");
        return id == null || !(id.startsWith("SW") || id.startsWith("XX"));
    }
}
