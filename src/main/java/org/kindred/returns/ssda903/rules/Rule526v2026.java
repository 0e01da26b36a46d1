package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/** Every placement except temporary ones (T0-T4) and Z11-Z14 needs a placement provider. */
@RuleDefinition(code = "526", ruleset = "lac2025_26",
        message = "Child is missing a placement provider code for at least one episode.",
        years = {"2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
public class Rule526v2026 extends Rule526 {

    public Rule526v2026() {
        super(Set.of("T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"));
    }
}
