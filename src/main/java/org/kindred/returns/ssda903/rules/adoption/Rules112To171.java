package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.badDate;

import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (tableName, column).
 * <br>112: AD1: the date the child should be placed for adoption must be a valid date when given.
 * <br>113: AD1: the date of matching child and adopters must be a valid date when given.
 * <br>115: PlacedAdoption: the date of the decision to place for adoption must be a valid date when given.
 * <br>116: PlacedAdoption: the date of the decision no longer to place for adoption must be a valid date when given.
 * <br>141: Episodes: the date the episode began must be a valid date when given.
 * <br>147: Episodes: the date the episode ceased must be a valid date when given.
 * <br>171: Header: the date of birth of the mother's child must be a valid date when given.
 */
@RuleDefinition(code = "112", ruleset = "lac2022_23",
        message = "Date should be placed for adoption is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"DATE_INT"})
@RuleDefinition(code = "113", ruleset = "lac2022_23",
        message = "Date matching child and adopter(s) is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"AD1"}, fields = {"DATE_MATCH"})
@RuleDefinition(code = "115", ruleset = "lac2022_23",
        message = "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption"}, fields = {"DATE_PLACED"})
@RuleDefinition(code = "116", ruleset = "lac2022_23",
        message = "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption"}, fields = {"DATE_PLACED_CEASED"})
@RuleDefinition(code = "141", ruleset = "lac2022_23",
        message = "Date episode began is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"DECOM"})
@RuleDefinition(code = "147", ruleset = "lac2022_23",
        message = "Date episode ceased is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"DEC"})
@RuleDefinition(code = "171", ruleset = "lac2022_23",
        message = "Date of birth of mother's child is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"MC_DOB"})
public class Rules112To171 extends RowVersion {
    private final String column = definition().fields()[0];

    public Rules112To171(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table t, int row) {
        return badDate(t.get(row, column));
    }
}
