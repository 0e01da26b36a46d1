package org.kindred.returns.ssda903.rules.reviews;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;

import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (tableName, column).
 * <br>102: Header: the date of birth must be a valid dd/mm/yyyy date.
 * <br>166: Reviews: the review date must be a valid date.
 */
public class Rules102And166 extends RowVersion {
    private final String column = definition().fields().get(0);

    public Rules102And166(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table t, int row) {
        return dmy(t.get(row, column)) == null;
    }
}
