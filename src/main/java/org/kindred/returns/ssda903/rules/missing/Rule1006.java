package org.kindred.returns.ssda903.rules.missing;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** SSDA903 Missing table: the type of absence must be M (missing) or A (away without authorisation). */
@RuleDefinition(code = "1006", ruleset = "lac2022_23", message = "Missing type invalid.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MISSING"})
public class Rule1006 extends RowRule {
    private static final Set<String> CODES = Set.of("M", "A");

    @Override
    public boolean fails(Table missing, int row) {
        String type = missing.get(row, "MISSING");
        // A missing cell is left to the completeness rules; an empty string is a wrong code.
        return type != null && !CODES.contains(type);
    }
}
