package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/** Placements not registered with Ofsted (P1-P3, R1, R2, R5, T0-T4, Z1) must not record a URN other than XXXXXXX. */
@RuleDefinition(code = "222", ruleset = "lac2023_24",
        message = "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
        years = {"2023/24"},
        tables = {"Episodes"}, fields = {"URN"})
public class Rule222v2024 extends Rule222 {

    public Rule222v2024() {
        super(Set.of("P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"));
    }
}
