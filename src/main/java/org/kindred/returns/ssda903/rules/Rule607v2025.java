package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.RuleDefinition;

/** A girl (SEX F) who ceased to be looked after in the year (not on V3/V4) must have the MOTHER field completed. */
@RuleDefinition(code = "607", ruleset = "lac2024_25",
        message = "Child ceased to be looked after in the year, but mother field has not been completed.",
        years = {"2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Header"}, fields = {"DEC", "REC", "MOTHER", "LS", "SEX"})
public class Rule607v2025 extends Rule607 {

    public Rule607v2025() {
        super("F");
    }
}
