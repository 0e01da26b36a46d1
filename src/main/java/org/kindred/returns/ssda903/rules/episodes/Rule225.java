package org.kindred.returns.ssda903.rules.episodes;

import java.util.List;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * An episode ending with a placement change (X1) from a non-temporary placement, followed by a new
 * non-temporary placement (reason P, B, T or U), must record the reason for the placement change.
 */
public class Rule225 implements Rule {
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");
    private static final Set<String> NEW_PLACEMENT = Set.of("P", "B", "T", "U");

    @Override
    public RuleResult check(ReturnData data) {
        Table eps = Part2Support.table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (List<Integer> group : Part2Support.byChildInDateOrder(eps, "DECOM")) {
            for (int i = 0; i + 1 < group.size(); i++) {
                int cur = group.get(i);
                int next = group.get(i + 1);
                if ("X1".equals(eps.get(cur, "REC")) && Part2Support.blank(eps, cur, "REASON_PLACE_CHANGE")
                        && !Part2Support.in(eps, cur, "PLACE", TEMPORARY)
                        && Part2Support.in(eps, next, "RNE", NEW_PLACEMENT)
                        && !Part2Support.in(eps, next, "PLACE", TEMPORARY)) {
                    result.flagRow("Episodes", cur);
                }
            }
        }
        return result;
    }
}
