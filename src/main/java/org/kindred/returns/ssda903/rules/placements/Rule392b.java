package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.FormerUasc;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * A looked-after child not on a short break (V3, V4) and not known to be UASC this year or last must have
 * both home and placement postcodes.
 */
public class Rule392b implements Rule {
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    @Override
    public RuleResult check(ReturnData data) {
        FormerUasc uasc = FormerUasc.of(data);
        Table eps = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < eps.size(); r++) {
            if (!uasc.children.contains(Part2Support.key(eps, r, "CHILD")) && !Part2Support.in(eps, r, "LS", SHORT_BREAKS)
                    && (Part2Support.blank(eps, r, "HOME_POST") || Part2Support.blank(eps, r, "PL_POST"))) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
