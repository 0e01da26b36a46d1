package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.badDate;

import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
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
public class Rules112To171 extends RuleVersion implements Rows.Test {
    private final String tableName = switch (code()) {
        case "113" -> "AD1";
        case "115" -> "PlacedAdoption";
        case "116" -> "PlacedAdoption";
        case "141" -> "Episodes";
        case "147" -> "Episodes";
        case "171" -> "Header";
        default -> "AD1";
    };
    private final String column = switch (code()) {
        case "113" -> "DATE_MATCH";
        case "115" -> "DATE_PLACED";
        case "116" -> "DATE_PLACED_CEASED";
        case "141" -> "DECOM";
        case "147" -> "DEC";
        case "171" -> "MC_DOB";
        default -> "DATE_INT";
    };

    public Rules112To171(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, tableName, this);
    }

    @Override
    public boolean fails(Table t, int row) {
        return badDate(t.get(row, column));
    }
}
