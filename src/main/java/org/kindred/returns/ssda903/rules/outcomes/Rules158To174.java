package org.kindred.returns.ssda903.rules.outcomes;

import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (tableName, code, column, columnName).
 * <br>158: OC2: when an intervention was received, whether one was offered must be blank.
 * <br>174: Header: a male child (SEX 1) must not have a mother's child date of birth.
 * <br>174: Header: a male child (SEX M) must not have a mother's child date of birth.
 */
public class Rules158To174 extends RowVersion {
    private final String code = switch (code() + " " + ruleset()) {
        case "174 lac2022_23" -> "1";
        case "174 lac2024_25" -> "M";
        default -> "1";
    };
    private final String column = definition().fields().get(0);
    private final String columnName = definition().fields().get(1);

    public Rules158To174(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table t, int row) {
        return code.equals(t.get(row, column)) && t.get(row, columnName) != null;
    }
}
