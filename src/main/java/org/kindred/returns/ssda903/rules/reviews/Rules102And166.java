package org.kindred.returns.ssda903.rules.reviews;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;

import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (tableName, column).
 * <br>102: Header: the date of birth must be a valid dd/mm/yyyy date.
 * <br>166: Reviews: the review date must be a valid date.
 */
public class Rules102And166 extends RuleVersion implements Rows.Test {
    private final String tableName = switch (code()) {
        case "166" -> "Reviews";
        default -> "Header";
    };
    private final String column = switch (code()) {
        case "166" -> "REVIEW";
        default -> "DOB";
    };

    public Rules102And166(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, tableName, this);
    }

    @Override
    public boolean fails(Table t, int row) {
        return dmy(t.get(row, column)) == null;
    }
}
