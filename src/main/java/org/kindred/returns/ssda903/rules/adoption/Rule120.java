package org.kindred.returns.ssda903.rules.adoption;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** PlacedAdoption: the reason for reversing the decision to place for adoption must be RD1-RD4 when given. */
@RuleDefinition(code = "120", ruleset = "lac2022_23",
        message = "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption"}, fields = {"REASON_PLACED_CEASED"})
public class Rule120 extends RowRule {
    private static final Set<String> CODES = Set.of("RD1", "RD2", "RD3", "RD4");

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "REASON_PLACED_CEASED") != null && !CODES.contains(t.get(row, "REASON_PLACED_CEASED"));
    }
}
