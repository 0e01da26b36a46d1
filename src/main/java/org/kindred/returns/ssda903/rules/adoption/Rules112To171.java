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
public class Rules112To171 extends RowVersion {
    private final String column = definition().fields().get(0);

    public Rules112To171(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table t, int row) {
        return badDate(t.get(row, column));
    }
}
