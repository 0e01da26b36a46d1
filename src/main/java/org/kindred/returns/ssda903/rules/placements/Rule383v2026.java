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
 * The episode after a temporary placement (T0-T4) must be a return (RNE P) to the placement, and the placement
 * postcode, the child had before the temporary placement.
 */
public class Rule383v2026 implements Rule {
    private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

    @Override
    public RuleResult check(ReturnData data) {
        Table eps = Part2Support.table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (List<Integer> group : Part2Support.byChildInDateOrder(eps, "DECOM")) {
            for (int i = 2; i < group.size(); i++) {
                int beforeTemporary = group.get(i - 2);
                int temporary = group.get(i - 1);
                int cur = group.get(i);
                if (!Part2Support.in(eps, temporary, "PLACE", TEMPORARY)) {
                    continue;
                }
                if (!"P".equals(eps.get(cur, "RNE")) || !same(eps, cur, beforeTemporary, "PLACE")
                        || !same(eps, cur, beforeTemporary, "PL_POST")) {
                    result.flagRow("Episodes", cur);
                }
            }
        }
        return result;
    }

    /** Equal and present in both rows; a missing value counts as different, as in the reference tool. */
    private static boolean same(Table eps, int a, int b, String column) {
        String v = eps.get(a, column);
        return Cells.present(v) && v.equals(eps.get(b, column));
    }
}
