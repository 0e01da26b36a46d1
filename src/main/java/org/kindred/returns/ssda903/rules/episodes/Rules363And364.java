package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.LegalStatusSpells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * One check that differs from code to code only in constants (column, number).
 * <br>363: Child assessment order (L3) periods must not last more than 7 days in all.
 * <br>364: Detention under PACE (J2) periods must not last more than 21 days in all.
 */
public class Rules363And364 extends RuleVersion {
    private final String column = switch (code()) {
        case "364" -> "J2";
        default -> "L3";
    };
    private final int number = switch (code()) {
        case "364" -> 21;
        default -> 7;
    };

    public Rules363And364(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        return LegalStatusSpells.consecutive(data, column, number);
    }
}
