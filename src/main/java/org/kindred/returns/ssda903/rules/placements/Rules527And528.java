package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>527: Provider PR1 (own authority) cannot provide placements P1, R2 or R5.
 * <br>528: Provider PR2 (other authority) cannot provide placements P1, R2 or R5.
 */
@RuleDefinition(code = "527", ruleset = "lac2022_23",
        message = "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
@RuleDefinition(code = "528", ruleset = "lac2022_23",
        message = "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
public class Rules527And528 extends RuleVersion {
    private final String column = switch (code()) {
        case "528" -> "PR2";
        default -> "PR1";
    };

    public Rules527And528(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            String place = episodes.get(r, "PLACE");
            String provider = episodes.get(r, "PLACE_PROVIDER");
            if (in(place, Set.of("P1", "R2", "R5")) && column.equals(provider)) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
