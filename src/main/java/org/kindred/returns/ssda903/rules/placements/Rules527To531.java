package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.in;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.RowVersion;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/**
 * Placement types a provider cannot provide: PR1 own authority (527) and PR2 other authority (528) not P1, R2 or R5;
 * PR3 other public body (529) not P1, A3-A6, K1, K2 or U1-U6; PR4 private (530) and PR5 voluntary (531) not P1.
 */
public class Rules527To531 extends RowVersion {
    private final String provider = switch (code()) {
        case "527" -> "PR1";
        case "528" -> "PR2";
        case "529" -> "PR3";
        case "530" -> "PR4";
        default -> "PR5";
    };
    private final Set<String> places = switch (code()) {
        case "527", "528" -> Set.of("P1", "R2", "R5");
        case "529" -> Set.of("A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6");
        default -> Set.of("P1");
    };

    public Rules527To531(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public boolean fails(Table episodes, int r) {
        String place = episodes.get(r, "PLACE");
        String given = episodes.get(r, "PLACE_PROVIDER");
        return in(place, places) && provider.equals(given);
    }
}
