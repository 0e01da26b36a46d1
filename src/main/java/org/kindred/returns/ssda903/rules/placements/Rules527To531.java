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
@RuleDefinition(code = "527", ruleset = "lac2022_23",
        message = "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
@RuleDefinition(code = "528", ruleset = "lac2022_23",
        message = "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
@RuleDefinition(code = "529", ruleset = "lac2022_23",
        message = "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
@RuleDefinition(code = "530", ruleset = "lac2022_23",
        message = "A placement provider code of PR4 cannot be associated with placement P1.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
@RuleDefinition(code = "531", ruleset = "lac2022_23",
        message = "A placement provider code of PR5 cannot be associated with placements P1.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
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
