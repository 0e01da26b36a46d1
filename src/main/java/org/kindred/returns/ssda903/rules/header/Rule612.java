package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A girl whose first child's date of birth is given must be recorded as a mother. */
public class Rule612 extends RowVersion {

    private final String female;

    public Rule612(RuleDefinition definition) {
        super(definition);
        this.female = switch (definition.ruleset()) {
            case "lac2024_25" -> "F";
            default -> "2";
        };
    }

    @Override
    public boolean fails(Table header, int r) {
        String mother = header.get(r, "MOTHER");
        boolean notMother = mother == null || mother.equals("0");
        return notMother && female.equals(header.get(r, "SEX")) && notNa(header.get(r, "MC_DOB"));
    }
}
