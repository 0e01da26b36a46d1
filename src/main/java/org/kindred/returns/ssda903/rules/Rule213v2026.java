package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/** Episodes with placement type T0,T1,T2,T3,T4,Z11,Z12,Z13,Z14 must not record a placement provider. */
@RuleDefinition(code = "213", ruleset = "lac2025_26",
        message = "Placement provider information not required.",
        years = {"2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE_PROVIDER"})
public class Rule213v2026 extends Rule213 {

    public Rule213v2026() {
        super(Set.of("T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"));
    }
}
