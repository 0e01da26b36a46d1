package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Episodes with placement type T0,T1,T2,T3,T4 must not record a placement provider. */
public class Rule213 extends RowVersion {
    private final Set<String> places;

    public Rule213(RuleDefinition definition) {
        super(definition);
        this.places = switch (definition.ruleset()) {
            case "lac2025_26" -> Set.of("T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");
            default -> Set.of("T0", "T1", "T2", "T3", "T4");
        };
    }

    @Override
    public boolean fails(Table episodes, int r) {
        return Part2Support.in(episodes, r, "PLACE", places) && Part2Support.present(episodes, r, "PLACE_PROVIDER");
    }
}
