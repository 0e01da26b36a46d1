package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/** Episodes: a placement provider must be PR0-PR5, and not given for placements with no provider (T0-T3, Z11-Z14). */
@RuleDefinition(code = "178", ruleset = "lac2025_26",
        message = "Placement provider code is not a valid code.",
        years = {"2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE_PROVIDER"})
public class Rule178v2026 extends Rule178 {

    public Rule178v2026() {
        super(Set.of("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"));
    }
}
