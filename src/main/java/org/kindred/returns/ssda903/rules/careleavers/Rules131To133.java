package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** OC3: the being-in-touch (131), activity (132) and accommodation (133) codes must be given and valid. */
public class Rules131To133 extends RowVersion {
    private final String field;
    private final Set<String> codes;

    public Rules131To133(RuleDefinition definition) {
        super(definition);
        switch (code()) {
            case "131" -> {
                field = "IN_TOUCH";
                codes = Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");
            }
            case "132" -> {
                field = "ACTIV";
                codes = Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");
            }
            default -> {
                field = "ACCOM";
                codes = Set.of("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2",
                        "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0");
            }
        }
    }

    @Override
    public boolean fails(Table t, int row) {
        return !in(t.get(row, field), codes);
    }
}
