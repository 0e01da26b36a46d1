package org.kindred.returns.cin.rules.child;

import org.kindred.returns.cin.rules.kit.Cin;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * 8750: CIN child identifiers: an unborn child (expected date of birth, no date of birth) must have gender 0.
 * 8750: CIN child identifiers: an unborn child (expected date of birth, no date of birth) must have sex U.
 */
public class Rule8750 extends RuleVersion {
    private final String code = switch (ruleset()) {
        case "cin2024_25" -> "U";
        default -> "0";
    };
    private final String column = switch (ruleset()) {
        case "cin2024_25" -> "Sex";
        default -> "GenderCurrent";
    };

    public Rule8750(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        return Cin.flagRows(data, "ChildIdentifiers", (t, row) -> Cin.isNa(t, row, "PersonBirthDate")
                && !Cin.isNa(t, row, "ExpectedPersonBirthDate") && !code.equals(t.get(row, column)),
                column, "PersonBirthDate", "ExpectedPersonBirthDate");
    }
}
