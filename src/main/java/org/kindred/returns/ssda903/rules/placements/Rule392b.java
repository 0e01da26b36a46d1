package org.kindred.returns.ssda903.rules.placements;

import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2FormerUasc;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * A looked-after child not on a short break (V3, V4) and not known to be UASC this year or last must have
 * both home and placement postcodes.
 */
@RuleDefinition(code = "392b", ruleset = "lac2022_23",
        message = "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"HOME_POST", "PL_POST"})
public class Rule392b implements Rule {
    private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

    @Override
    public RuleResult check(ReturnData data) {
        Part2FormerUasc uasc = Part2FormerUasc.of(data);
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
