package org.kindred.returns.ssda903.rules.careleavers;

import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A care leaver reported last year as having died must be reported as died (DIED) again this year. */
public class Rule348 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("OC3_last")) {
            return RuleResult.skipped("needs OC3 and OC3_last");
        }
        Table oc3 = Part2Support.table(data, "OC3");
        Table last = Part2Support.table(data, "OC3_last");
        Map<String, List<Integer>> lastByChild = Part2Support.rowsBy(last, "CHILD");
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc3.size(); r++) {
            if ("DIED".equals(oc3.get(r, "IN_TOUCH"))) {
                continue;
            }
            for (int l : Part2Support.matches(lastByChild, oc3, r)) {
                if ("DIED".equals(last.get(l, "IN_TOUCH"))) {
                    result.flagRow("OC3", r);
                }
            }
        }
        return result;
    }
}
