package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A care leaver whose last episode was still open at the end of last year must have episodes this year. */
public class Rule1010 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("Episodes_last")) {
            return RuleResult.skipped("needs Episodes, Episodes_last and OC3");
        }
        Table last = table(data, "Episodes_last");
        LocalDate[] decom = dates(last, "DECOM");
        // The final episode of each child (latest start, the later row on ties) that was still open.
        Map<String, Integer> finalRow = new HashMap<>();
        for (int r = 0; r < last.size(); r++) {
            if (decom[r] == null) {
                continue;
            }
            Integer cur = finalRow.get(last.get(r, "CHILD"));
            if (cur == null || !decom[r].isBefore(decom[cur])) {
                finalRow.put(last.get(r, "CHILD"), r);
            }
        }
        Set<String> openLastYear = new HashSet<>();
        finalRow.forEach((child, r) -> {
            if (last.get(r, "DEC") == null) {
                openLastYear.add(child);
            }
        });
        Set<String> thisYear = children(table(data, "Episodes"));
        Table oc3 = data.table("OC3").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc3.size(); r++) {
            String child = oc3.get(r, "CHILD");
            if (!thisYear.contains(child) && openLastYear.contains(child)) {
                result.flagRow("OC3", r);
            }
        }
        return result;
    }
}
