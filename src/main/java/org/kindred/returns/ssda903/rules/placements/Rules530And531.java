package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>530: Provider PR4 (private) cannot provide placement P1.
 * <br>531: Provider PR5 (voluntary) cannot provide placement P1.
 */
@RuleDefinition(code = "530", ruleset = "lac2022_23",
        message = "A placement provider code of PR4 cannot be associated with placement P1.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
@RuleDefinition(code = "531", ruleset = "lac2022_23",
        message = "A placement provider code of PR5 cannot be associated with placements P1.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
public class Rules530And531 extends RuleVersion {
    private final String column = switch (code()) {
        case "531" -> "PR5";
        default -> "PR4";
    };

    public Rules530And531(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            String place = episodes.get(r, "PLACE");
            String provider = episodes.get(r, "PLACE_PROVIDER");
            if ("P1".equals(place) && column.equals(provider)) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
