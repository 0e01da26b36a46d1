package org.kindred.returns.ssda903.rules.header;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * A child's UPN must match last year's, except a change from UN1 or blank to another unknown code
 * (UN2-UN5), or from unknown or blank to a real UPN.
 */
public class Rule208 implements Rule {
    private static final Set<String> UN2_TO_5 = Set.of("UN2", "UN3", "UN4", "UN5");
    private static final Set<String> UN_CODES = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Header_last")) {
            return RuleResult.skipped("needs Header and Header_last");
        }
        Table header = Part2Support.table(data, "Header");
        Table last = Part2Support.table(data, "Header_last");
        Map<String, List<Integer>> lastByChild = Part2Support.rowsBy(last, "CHILD");
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            boolean nullNow = Part2Support.blank(header, r, "UPN");
            String now = nullNow ? null : header.get(r, "UPN").toUpperCase();
            for (int l : Part2Support.matches(lastByChild, header, r)) {
                boolean nullBefore = Part2Support.blank(last, l, "UPN");
                String before = nullBefore ? null : last.get(l, "UPN").toUpperCase();
                boolean different = !(nullNow && nullBefore) && (nullNow || nullBefore || !now.equals(before));
                boolean validUnknownChange = ("UN1".equals(before) || nullBefore) && now != null && UN2_TO_5.contains(now);
                boolean unknownToKnown = (nullBefore || UN_CODES.contains(before)) && !(nullNow || UN_CODES.contains(now));
                if (different && !validUnknownChange && !unknownToKnown) {
                    result.flagRow("Header", r);
                }
            }
        }
        return result;
    }
}
