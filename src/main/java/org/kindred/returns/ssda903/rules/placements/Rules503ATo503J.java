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
@RuleDefinition(code = "503A", ruleset = "lac2022_23",
        message = "The reason for new episode in the first episode does not match open episode at end of last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Episodes_last"}, fields = {"RNE"})
@RuleDefinition(code = "503B", ruleset = "lac2022_23",
        message = "The legal status in the first episode does not match open episode at end of last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Episodes_last"}, fields = {"LS"})
@RuleDefinition(code = "503C", ruleset = "lac2022_23",
        message = "The category of need in the first episode does not match open episode at end of last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Episodes_last"}, fields = {"CIN"})
@RuleDefinition(code = "503D", ruleset = "lac2022_23",
        message = "The placement type in the first episode does not match open episode at end of last year",
        years = {"2022/23", "2023/24"},
        tables = {"Episodes", "Episodes_last"}, fields = {"PLACE"})
@RuleDefinition(code = "503E", ruleset = "lac2022_23",
        message = "The placement provider in the first episode does not match open episode at end of last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Episodes_last"}, fields = {"PLACE_PROVIDER"})
@RuleDefinition(code = "503F", ruleset = "lac2022_23",
        message = "The Ofsted URN in the  first episode does not match open episode at end of last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Episodes_last"}, fields = {"URN"})
@RuleDefinition(code = "503G", ruleset = "lac2022_23",
        message = "The distance in first episode does not match open episode at end of last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Episodes_last"}, fields = {"PL_DISTANCE"})
@RuleDefinition(code = "503H", ruleset = "lac2022_23",
        message = "The placement LA in first episode does not match open episode at end of last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Episodes_last"}, fields = {"PL_LA"})
@RuleDefinition(code = "503J", ruleset = "lac2022_23",
        message = "The placement location in first episode does not match open episode at end of last year.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Episodes_last"}, fields = {"PL_LOCATION"})
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
