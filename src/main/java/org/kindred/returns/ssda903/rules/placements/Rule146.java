package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Episodes: the placement type must be a valid code when given. */
public class Rule146 extends RowVersion {
    private final Set<String> codes;

    public Rule146(RuleDefinition definition) {
        super(definition);
        this.codes = switch (definition.ruleset()) {
            case "lac2024_25" -> Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "k3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");
            case "lac2025_26" -> Set.of("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14");
            default -> Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");
        };
    }

    @Override
    public boolean fails(Table t, int row) {
        return t.get(row, "PLACE") != null && !codes.contains(t.get(row, "PLACE"));
    }
}
