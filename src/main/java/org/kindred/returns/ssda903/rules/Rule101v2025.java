package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/** Header: the child's reported sex must be M, F or U. */
@RuleDefinition(code = "101", ruleset = "lac2024_25",
        message = "The child or young person’s reported sex is not valid.",
        years = {"2024/25", "2025/26", "2026/27"},
        tables = {"Header"}, fields = {"SEX"})
public class Rule101v2025 extends Rule101 {

    public Rule101v2025() {
        super(Set.of("M", "F", "U"));
    }
}
