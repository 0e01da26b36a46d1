package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Episodes: every episode but a child's last must have an end date and a reason for ending. */
public class Rule142 implements Rule {
    /** Sort order with missing dates last: is a at or after b? */
    private static boolean laterOrEqual(LocalDate a, LocalDate b) {
        if (a == null) {
            return true;
        }
        return b != null && !a.isBefore(b);
    }

    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("Episodes").orElseThrow();
        // a child's last episode: the latest start, or (as upstream sorts missing dates last) one with no valid start
        Map<String, Integer> last = new HashMap<>();
        for (int row = 0; row < t.size(); row++) {
            String child = t.get(row, "CHILD");
            if (child == null) {
                continue;
            }
            Integer best = last.get(child);
            if (best == null || laterOrEqual(dmy(t.get(row, "DECOM")), dmy(t.get(best, "DECOM")))) {
                last.put(child, row);
            }
        }
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            String child = t.get(row, "CHILD");
            if (child == null || last.get(child) == row || dmy(t.get(row, "DECOM")) == null) {
                continue;
            }
            if (dmy(t.get(row, "DEC")) == null || t.get(row, "REC") == null) {
                result.flagRow("Episodes", row);
            }
        }
        return result;
    }
}
