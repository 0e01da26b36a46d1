package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A decision that the child should no longer be placed for adoption needs the date of the original decision. */
@RuleDefinition(code = "563", ruleset = "lac2022_23",
        message = "The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption"}, fields = {"DATE_PLACED", "REASON_PLACED_CEASED", "DATE_PLACED_CEASED"})
public class Rule563 extends RowRule {
    @Override
    public boolean fails(Table placed, int p) {
        return present(placed.get(p, "REASON_PLACED_CEASED")) && present(placed.get(p, "DATE_PLACED_CEASED"))
                    && na(placed.get(p, "DATE_PLACED"));
    }
}
