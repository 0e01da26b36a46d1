package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Placements not registered with Ofsted (H5, P1-P3, R1, R2, R5, T0-T4, Z1) must not record a URN other than XXXXXXX. */
public class Rule222 extends RowVersion {
    private final Set<String> places;

    public Rule222(RuleDefinition definition) {
        super(definition);
        this.places = switch (definition.ruleset()) {
            case "lac2023_24" -> Set.of("P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");
            case "lac2024_25" -> Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");
            case "lac2025_26" -> Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1",
            "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");
            default -> Set.of("H5", "P1", "P2", "P3", "R1", "R2", "R5",
            "T0", "T1", "T2", "T3", "T4", "Z1");
        };
    }

    @Override
    public boolean fails(Table episodes, int r) {
        return Part2Support.in(episodes, r, "PLACE", places) && Part2Support.present(episodes, r, "URN")
                && !"XXXXXXX".equals(episodes.get(r, "URN"));
    }
}
