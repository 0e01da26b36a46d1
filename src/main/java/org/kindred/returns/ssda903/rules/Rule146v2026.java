package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/** Episodes: the placement type must be a valid code (2025/26 list) when given. */
@RuleDefinition(code = "146", ruleset = "lac2025_26",
        message = "Placement type code is not a valid code.",
        years = {"2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE"})
public class Rule146v2026 extends Rule146 {

    public Rule146v2026() {
        super(Set.of("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14"));
    }
}
