package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/** Placements not registered with Ofsted (P1, P3, R1, R2, R5, T0-T4, Z11-Z14) must not record a URN other than XXXXXXX. */
@RuleDefinition(code = "222", ruleset = "lac2025_26",
        message = "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
        years = {"2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"URN"})
public class Rule222v2026 extends Rule222 {

    public Rule222v2026() {
        super(Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1",
            "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"));
    }
}
