package org.kindred.returns.ssda903.rules.placements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child may have at most two temporary placements for the foster carers' holiday (T3) in the year. */
public class Rule377 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table eps = Part2Support.table(data, "Episodes");
        Map<String, List<Integer>> t3ByChild = new LinkedHashMap<>();
        for (int r = 0; r < eps.size(); r++) {
            if ("T3".equals(eps.get(r, "PLACE")) && Part2Support.present(eps, r, "CHILD")) {
                t3ByChild.computeIfAbsent(eps.get(r, "CHILD"), k -> new ArrayList<>()).add(r);
            }
        }
        RuleResult result = new RuleResult();
        for (List<Integer> rows : t3ByChild.values()) {
            if (rows.size() > 2) {
                rows.forEach(r -> result.flagRow("Episodes", r));
            }
        }
        return result;
    }
}
