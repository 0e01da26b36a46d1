package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.RuleDefinition;

/** A girl (SEX F) whose first child's date of birth is given must be recorded as a mother. */
@RuleDefinition(code = "612", ruleset = "lac2024_25",
        message = "Date of birth field has been completed but mother field indicates child is not a mother.",
        years = {"2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"SEX", "MOTHER", "MC_DOB"})
public class Rule612v2025 extends Rule612 {

    public Rule612v2025() {
        super("F");
    }
}
