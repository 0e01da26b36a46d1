package org.kindred.returns.ssda903.rules.header;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Query: the child's sex is recorded as unknown (U). */
@RuleDefinition(code = "232", ruleset = "lac2024_25",
        message = "Sex of the child/young person has been reported as unknown.",
        years = {"2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"SEX"})
public class Rule232 extends RowRule {
    @Override
    public boolean fails(Table header, int r) {
        return "U".equalsIgnoreCase(header.get(r, "SEX"));
    }
}
