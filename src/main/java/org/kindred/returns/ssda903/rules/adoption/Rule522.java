package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** The decision to place for adoption must be on or before the decision that the child should no longer be placed. */
@RuleDefinition(code = "522", ruleset = "lac2022_23",
        message = "Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption"}, fields = {"DATE_PLACED", "DATE_PLACED_CEASED"})
public class Rule522 extends RowRule {
    @Override
    public boolean fails(Table placed, int r) {
        return before(date(placed, r, "DATE_PLACED_CEASED"), date(placed, r, "DATE_PLACED"));
    }
}
