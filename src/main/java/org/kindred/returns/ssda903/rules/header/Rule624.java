package org.kindred.returns.ssda903.rules.header;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The first child's date of birth must match the one recorded in last year's return. */
public class Rule624 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Header_last")) {
            return RuleResult.skipped("needs Header and Header_last");
        }
        Table header = table(data, "Header");
        Table last = table(data, "Header_last");
        Map<String, List<Integer>> lastRows = rowsByChild(last);
        RuleResult result = new RuleResult();
        for (int r = 0; r < header.size(); r++) {
            for (int p : rowsOf(lastRows, header.get(r, "CHILD"))) {
                String previous = last.get(p, "MC_DOB");
                if (previous != null && !previous.equals(header.get(r, "MC_DOB"))) {
                    result.flagRow("Header", r);
                }
            }
        }
        return result;
    }
}
