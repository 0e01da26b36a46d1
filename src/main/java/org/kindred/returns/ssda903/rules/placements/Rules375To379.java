package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.PlacementChecks;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * One check that differs from code to code only in constants (column, number).
 * <br>375: A temporary placement for hospitalisation (T1) must not last more than six weeks (42 days).
 * <br>376: A temporary placement for the foster carers' holiday (T3) must not last more than three weeks (21 days).
 * <br>379: A temporary placement for an unspecified reason (T4) must not last more than seven days.
 */
public class Rules375To379 extends RuleVersion {
    private final String column = switch (code()) {
        case "376" -> "T3";
        case "379" -> "T4";
        default -> "T1";
    };
    private final int number = switch (code()) {
        case "376" -> 21;
        case "379" -> 7;
        default -> 42;
    };

    public Rules375To379(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        return PlacementChecks.lastedTooLong(data, column, number);
    }
}
