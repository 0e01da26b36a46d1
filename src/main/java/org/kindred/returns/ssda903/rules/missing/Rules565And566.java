package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>565: A missing period with a start date must say whether the child was missing or away.
 * <br>566: A missing period with an end date must say whether the child was missing or away.
 */
public class Rules565And566 extends RowVersion {
    private final String column = switch (code()) {
        case "566" -> "MIS_END";
        default -> "MIS_START";
    };

    public Rules565And566(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table missing, int r) {
        return present(missing.get(r, column)) && na(missing.get(r, "MISSING"));
    }
}
