package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/** Episodes: the placement type must be a valid 2024/25 code when given (as upstream, the K3 code is listed in lower case). */
@RuleDefinition(code = "146", ruleset = "lac2024_25",
        message = "Placement type code is not a valid code.",
        years = {"2024/25"},
        tables = {"Episodes"}, fields = {"PLACE"})
public class Rule146v2025 extends Rule146 {

    public Rule146v2025() {
        super(Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "k3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"));
    }
}
