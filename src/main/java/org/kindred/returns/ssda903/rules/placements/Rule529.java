package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Provider PR3 (other public body) cannot provide placements P1, A3-A6, K1, K2 or U1-U6. */
@RuleDefinition(code = "529", ruleset = "lac2022_23",
        message = "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PLACE", "PLACE_PROVIDER"})
public class Rule529 implements Rule {
    private static final Set<String> PLACES = Set.of("A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            String place = episodes.get(r, "PLACE");
            String provider = episodes.get(r, "PLACE_PROVIDER");
            if (in(place, PLACES) && "PR3".equals(provider)) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
