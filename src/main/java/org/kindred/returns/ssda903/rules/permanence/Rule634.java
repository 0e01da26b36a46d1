package org.kindred.returns.ssda903.rules.permanence;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Previous permanence details are only expected for children whose latest episode started in this collection year or later. */
public class Rule634 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = collectionStart(data);
        if (start == null) {
            return RuleResult.skipped("no collection start");
        }
        Table epi = table(data, "Episodes");
        Table pre = table(data, "PrevPerm");
        LocalDate[] decom = dates(epi, "DECOM");
        Map<String, Integer> latest = extremeRowByChild(epi, decom, allRows(epi), true);
        Map<String, List<Integer>> epiRows = rowsByChild(epi);
        RuleResult result = new RuleResult();
        for (int p = 0; p < pre.size(); p++) {
            String child = pre.get(p, "CHILD");
            Integer last = latest.get(child);
            if (!anyPresent(pre, p, "PREV_PERM", "DATE_PERM", "LA_PERM") || last == null || !decom[last].isBefore(start)) {
                continue;
            }
            result.flagRow("PrevPerm", p);
            for (int e : rowsOf(epiRows, child)) {
                result.flagRow("Episodes", e);
            }
        }
        return result;
    }
}
