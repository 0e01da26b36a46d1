package org.kindred.returns.ssda903.rules.header;

import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child in last year's return must have the same ethnic origin (ignoring case) this year. */
public class Rule204 implements Rule {
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
            String ethnic = Part2Support.text(header, r, "ETHNIC").toUpperCase();
            for (int l : Part2Support.matches(lastByChild, header, r)) {
                if (!ethnic.equals(Part2Support.text(last, l, "ETHNIC").toUpperCase())) {
                    result.flagRow("Header", r);
                }
            }
        }
        return result;
    }
}
