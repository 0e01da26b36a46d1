package org.kindred.returns.ssda903.rules.reviews;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;

import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (tableName, column).
 * <br>102: Header: the date of birth must be a valid dd/mm/yyyy date.
 * <br>166: Reviews: the review date must be a valid date.
 */
@RuleDefinition(code = "102", ruleset = "lac2022_23",
        message = "Date of birth is not a valid date.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"DOB"})
@RuleDefinition(code = "166", ruleset = "lac2022_23",
        message = "Date of review is invalid or blank.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Reviews"}, fields = {"REVIEW"})
public class Rules102And166 extends RowVersion {
    private final String column = definition().fields()[0];

    public Rules102And166(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table t, int row) {
        return dmy(t.get(row, column)) == null;
    }
}
