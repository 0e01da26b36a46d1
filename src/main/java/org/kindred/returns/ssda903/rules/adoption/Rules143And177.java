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
@RuleDefinition(code = "143", ruleset = "lac2022_23",
        message = "The reason for new episode code is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"RNE"})
@RuleDefinition(code = "177", ruleset = "lac2022_23",
        message = "The legal status of adopter(s) code is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"LS_ADOPTR"})
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
