package org.kindred.returns.ssda903.rules.header;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.Table;

/** Query: the child's sex is recorded as unknown (U). */
public class Rule232 extends RowRule {
    @Override
    public boolean fails(Table header, int r) {
        return "U".equalsIgnoreCase(header.get(r, "SEX"));
    }
}
