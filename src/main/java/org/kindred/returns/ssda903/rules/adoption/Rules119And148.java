package org.kindred.returns.ssda903.rules.adoption;

import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (tableName, column, columnName).
 * <br>119: PlacedAdoption: the date and the reason of a decision no longer to place for adoption must both be given or both be blank.
 * <br>148: Episodes: the date and the reason the episode ceased must both be given or both be blank.
 */
public class Rules119And148 extends RowVersion {
    private final String column = switch (code()) {
        case "148" -> "DEC";
        default -> "DATE_PLACED_CEASED";
    };
    private final String columnName = switch (code()) {
        case "148" -> "REC";
        default -> "REASON_PLACED_CEASED";
    };

    public Rules119And148(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table t, int row) {
        return (t.get(row, column) == null) != (t.get(row, columnName) == null);
    }
}
