package org.kindred.returns.ssda903.rules.outcomes;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column, columnName, column2, column3, column4, tableName, column5).
 * <br>176: AD1: the gender of adopters must be a valid code when given.
 * <br>196: OC2: the reason for no SDQ score must be SDQ1-SDQ5 when given.
 */
public class Rules176And196 extends RowVersion {
    private final String column = switch (code()) {
        case "196" -> "SDQ1";
        default -> "M1";
    };
    private final String columnName = switch (code()) {
        case "196" -> "SDQ2";
        default -> "F1";
    };
    private final String column2 = switch (code()) {
        case "196" -> "SDQ3";
        default -> "MM";
    };
    private final String column3 = switch (code()) {
        case "196" -> "SDQ4";
        default -> "FF";
    };
    private final String column4 = switch (code()) {
        case "196" -> "SDQ5";
        default -> "MF";
    };
    private final String column5 = switch (code()) {
        case "196" -> "SDQ_REASON";
        default -> "SEX_ADOPTR";
    };

    public Rules176And196(RuleDefinition definition) {
        super(definition);
    }
    private final Set<String> CODES = Set.of(column, columnName, column2, column3, column4);

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, column5) != null && !CODES.contains(t.get(row, column5));
    }
}
