package org.kindred.returns.ssda903.rules.placements;

import org.kindred.returns.ssda903.rules.kit.PlacementChecks;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * One check that differs from code to code only in constants (column, number).
 * <br>370: A child placed in independent living (P2) must be at least 15 at the start of the placement.
 * <br>370: A child placed in independent living (P2) must be at least 16 at the start of the placement.
 * <br>371: A child in semi-independent living (H5) must be at least 14 at the start of the placement.
 * <br>371: A child in semi-independent living (H5) must be at least 16 at the start of the placement.
 * <br>371: A child in supported accommodation (K3) must be at least 16 at the start of the placement.
 * <br>372: A child in youth custody or prison (R5) must be at least 10 at the start of the placement.
 * <br>373: A child placed in a school (S1) must be at least 4 at the start of the placement.
 * <br>374: A child in residential employment (P3) must be at least 14 at the start of the placement.
 */
public class Rules370To374 extends RuleVersion {
    private final String column = switch (code() + " " + ruleset()) {
        case "370 lac2023_24" -> "P2";
        case "371 lac2022_23" -> "H5";
        case "371 lac2023_24" -> "H5";
        case "371 lac2024_25" -> "K3";
        case "372 lac2022_23" -> "R5";
        case "373 lac2022_23" -> "S1";
        case "374 lac2022_23" -> "P3";
        default -> "P2";
    };
    private final int number = switch (code() + " " + ruleset()) {
        case "370 lac2023_24" -> 16;
        case "371 lac2022_23" -> 14;
        case "371 lac2023_24" -> 16;
        case "371 lac2024_25" -> 16;
        case "372 lac2022_23" -> 10;
        case "373 lac2022_23" -> 4;
        case "374 lac2022_23" -> 14;
        default -> 15;
    };

    public Rules370To374(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        return PlacementChecks.startedTooYoung(data, column, number);
    }
}
