package org.kindred.returns.ssda903.rules.episodes;

import org.kindred.returns.ssda903.rules.kit.LegalStatusSpells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * One check that differs from code to code only in constants (column, number).
 * <br>361: Police protection (L1) spells must not last more than 3 days.
 * <br>362: Emergency protection order (L2) spells must not last more than 21 days.
 */
public class Rules361And362 extends RuleVersion {
    private final String column = switch (code()) {
        case "362" -> "L2";
        default -> "L1";
    };
    private final int number = switch (code()) {
        case "362" -> 21;
        default -> 3;
    };

    public Rules361And362(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        return LegalStatusSpells.continuous(data, column, number);
    }
}
