package org.kindred.returns.ssda903.rules.placements;

import java.util.List;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A placement for adoption with foster carers (A3, A4) must follow a foster or adoption placement (A3-A6, U1-U6). */
public class Rule336 implements Rule {
    private static final Set<String> PLACES = Set.of("A3", "A4");
    private static final Set<String> PREVIOUS = Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6");

    @Override
    public RuleResult check(ReturnData data) {
        Table eps = Part2Support.table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (List<Integer> group : Part2Support.byChildInDateOrder(eps, "DECOM")) {
            boolean hasChild = !Part2Support.blank(eps, group.get(0), "CHILD");
            for (int i = 0; i < group.size(); i++) {
                int cur = group.get(i);
                // The child's first episode (earliest start) has no previous placement to check.
                boolean first = hasChild && i == 0 && Dates.date(eps, cur, "DECOM") != null;
                boolean previousOk = hasChild && i > 0 && Part2Support.in(eps, group.get(i - 1), "PLACE", PREVIOUS);
                if (Part2Support.in(eps, cur, "PLACE", PLACES) && !first && !previousOk) {
                    result.flagRow("Episodes", cur);
                }
            }
        }
        return result;
    }
}
