package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** Every placement except temporary ones (T0-T4) and Z1 needs a placement provider. */
public class Rule526 extends RowVersion {
    private final Set<String> noProvider;

    public Rule526(RuleDefinition definition) {
        super(definition);
        this.noProvider = switch (definition.ruleset()) {
            case "lac2025_26" -> Set.of("T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14");
            default -> Set.of("T0", "T1", "T2", "T3", "T4", "Z1");
        };
    }

    @Override
    public boolean fails(Table episodes, int r) {
        String place = episodes.get(r, "PLACE");
        String provider = episodes.get(r, "PLACE_PROVIDER");
        return !in(place, noProvider) && na(provider);
    }
}
