package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;

/**
 * One check that differs from code to code only in constants (column).
 * <br>503A: The first episode this year must keep the reason for new episode of the episode left open at the end of last year.
 * <br>503B: The first episode this year must keep the legal status of the episode left open at the end of last year.
 * <br>503C: The first episode this year must keep the category of need of the episode left open at the end of last year.
 * <br>503D: The first episode this year must keep the placement type of the episode left open at the end of last year.
 * <br>503E: The first episode this year must keep the placement provider of the episode left open at the end of last year.
 * <br>503F: The first episode this year must keep the Ofsted URN of the episode left open at the end of last year.
 * <br>503G: The first episode this year must keep the placement distance of the episode left open at the end of last year.
 * <br>503H: The first episode this year must keep the placement LA of the episode left open at the end of last year.
 * <br>503J: The first episode this year must keep the placement location of the episode left open at the end of last year.
 */
public class Rules503ATo503J extends RuleVersion {
    private final String column = switch (code()) {
        case "503B" -> "LS";
        case "503C" -> "CIN";
        case "503D" -> "PLACE";
        case "503E" -> "PLACE_PROVIDER";
        case "503F" -> "URN";
        case "503G" -> "PL_DISTANCE";
        case "503H" -> "PL_LA";
        case "503J" -> "PL_LOCATION";
        default -> "RNE";
    };

    public Rules503ATo503J(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        return fieldDifferentFromPrevious(data, column, (now, before) -> false);
    }
}
