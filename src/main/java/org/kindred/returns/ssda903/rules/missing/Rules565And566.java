package org.kindred.returns.ssda903.rules.missing;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>565: A missing period with a start date must say whether the child was missing or away.
 * <br>566: A missing period with an end date must say whether the child was missing or away.
 */
@RuleDefinition(code = "565", ruleset = "lac2022_23",
        message = "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MISSING", "MIS_START"})
@RuleDefinition(code = "566", ruleset = "lac2022_23",
        message = "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MISSING", "MIS_END"})
public class Rules565And566 extends RowVersion {
    private final String column = switch (code()) {
        case "566" -> "MIS_END";
        default -> "MIS_START";
    };

    public Rules565And566(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table missing, int r) {
        return present(missing.get(r, column)) && na(missing.get(r, "MISSING"));
    }
}
