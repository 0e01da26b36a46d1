package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.FormerUasc;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * A looked-after child not on a short break (V3, V4) and not UASC this year or last must have a placement
 * distance. Skips when no UASC status is available to rule out former UASC children.
 */
public class Rule392a implements Rule {
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    @Override
    public RuleResult check(ReturnData data) {
        if (!data.table("Episodes").orElseThrow().hasColumn("PL_DISTANCE")) {
            // The DfE tool derives PL_DISTANCE from the postcodes before any rule runs; without that lookup every
            // episode would be flagged for a column the return never carries (as 164, 169 and 179 skip).
            return RuleResult.skipped("placement distances (PL_DISTANCE) were not derived from postcodes");
        }
        FormerUasc uasc = FormerUasc.of(data);
        if (!uasc.known) {
            return RuleResult.skipped("no UASC status in Header, Header_last, UASC or UASC_last");
        }
        Table eps = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < eps.size(); r++) {
            if (!uasc.children.contains(Part2Support.key(eps, r, "CHILD")) && !Part2Support.in(eps, r, "LS", SHORT_BREAKS)
                    && Part2Support.blank(eps, r, "PL_DISTANCE")) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
