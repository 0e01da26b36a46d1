package org.kindred.returns.ssda903.rules.adoption;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (code, codeName, code2, code3, code4, code5, tableName, column).
 * <br>143: Episodes: the reason for new episode must be a valid code when given.
 * <br>177: AD1: the legal status of adopters must be a valid code when given.
 */
public class Rules143And177 extends RowVersion {
    private final String code = switch (code()) {
        case "177" -> "L0";
        default -> "S";
    };
    private final String codeName = switch (code()) {
        case "177" -> "L11";
        default -> "P";
    };
    private final String code2 = switch (code()) {
        case "177" -> "L12";
        default -> "L";
    };
    private final String code3 = switch (code()) {
        case "177" -> "L2";
        default -> "T";
    };
    private final String code4 = switch (code()) {
        case "177" -> "L3";
        default -> "U";
    };
    private final String code5 = switch (code()) {
        case "177" -> "L4";
        default -> "B";
    };
    private final String column = switch (code()) {
        case "177" -> "LS_ADOPTR";
        default -> "RNE";
    };

    public Rules143And177(RuleDefinition definition) {
        super(definition);
    }
    private final Set<String> CODES = Set.of(code, codeName, code2, code3, code4, code5);

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, column) != null && !CODES.contains(t.get(row, column));
    }
}
