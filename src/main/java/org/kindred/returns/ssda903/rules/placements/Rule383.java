package org.kindred.returns.ssda903.rules.placements;

import java.util.List;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * A temporary placement (T0-T4) between two other episodes of the child must be followed by a return
 * (RNE P) to the placement the child had before it.
 */
public class Rule383 implements Rule {
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    @Override
    public RuleResult check(ReturnData data) {
        Table eps = Part2Support.table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (List<Integer> group : Part2Support.byChildInDateOrder(eps, "DECOM")) {
            for (int i = 1; i + 1 < group.size(); i++) {
                int before = group.get(i - 1);
                int cur = group.get(i);
                int after = group.get(i + 1);
                if (!Part2Support.in(eps, cur, "PLACE", TEMPORARY)) {
                    continue;
                }
                // A missing placement on either side counts as different, as in the reference tool.
                String placeBefore = eps.get(before, "PLACE");
                String placeAfter = eps.get(after, "PLACE");
                boolean samePlace = Cells.present(placeBefore) && placeBefore.equals(placeAfter);
                if (!"P".equals(eps.get(after, "RNE")) || !samePlace) {
                    result.flagRow("Episodes", cur);
                }
            }
        }
        return result;
    }
}
