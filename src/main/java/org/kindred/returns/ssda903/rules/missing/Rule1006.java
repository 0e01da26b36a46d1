package org.kindred.returns.ssda903.rules.missing;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Rows;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** SSDA903 Missing table: the type of absence must be M (missing) or A (away without authorisation). */
@RuleDefinition(code = "1006", ruleset = "lac2022_23", message = "Missing type invalid.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Missing"}, fields = {"MISSING"})
public class Rule1006 implements Rule {
    private static final Set<String> CODES = Set.of("M", "A");

    @Override
    public RuleResult check(ReturnData data) {
        return Rows.flag(data, "Missing", (missing, row) -> {
            String type = missing.get(row, "MISSING");
            // A missing cell is left to the completeness rules; an empty string is a wrong code.
            return type != null && !CODES.contains(type);
        });
    }
}
