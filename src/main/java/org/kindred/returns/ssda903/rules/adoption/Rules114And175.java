package org.kindred.returns.ssda903.rules.adoption;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (code, codeName, column).
 * <br>114: AD1: the former carer status must be 0 or 1 when given.
 * <br>175: AD1: the number of adopters must be 1 or 2 when given.
 */
public class Rules114And175 extends RowVersion {
    private final String code = switch (code()) {
        case "175" -> "1";
        default -> "0";
    };
    private final String codeName = switch (code()) {
        case "175" -> "2";
        default -> "1";
    };
    private final String column = switch (code()) {
        case "175" -> "NB_ADOPTR";
        default -> "FOSTER_CARE";
    };

    public Rules114And175(RuleDefinition definition) {
        super(definition);
    }
    private final Set<String> CODES = Set.of(code, codeName);

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, column) != null && !CODES.contains(t.get(row, column));
    }
}
