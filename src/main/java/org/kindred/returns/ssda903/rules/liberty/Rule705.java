package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child's DoLO must not start while the child's previous DoLO is still open or start before it. */
public class Rule705 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table dolo = table(data, "DoLo");
        LocalDate[] starts = dates(dolo, "DOLO_START");
        LocalDate[] ends = dates(dolo, "DOLO_END");
        // Each child's DoLOs, latest end first and open ones last; each is compared with the one ending before it.
        // (Upstream orders and compares these dates as text; here they are compared as dates.)
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < dolo.size(); r++) {
            if (dolo.get(r, "DOLO_START") != null) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparing((Integer r) -> dolo.get(r, "CHILD"), TEXT_DESC_NULLS_LAST)
                .thenComparing(r -> ends[r], DATE_DESC_NULLS_LAST));
        RuleResult result = new RuleResult();
        for (int i = 0; i + 1 < rows.size(); i++) {
            int current = rows.get(i);
            int previous = rows.get(i + 1);
            String child = dolo.get(current, "CHILD");
            if (child == null || !same(child, dolo.get(previous, "CHILD"))) {
                continue;
            }
            boolean previousOpen = dolo.get(previous, "DOLO_END") == null;
            boolean startsBefore = starts[current] != null && starts[previous] != null && starts[current].isBefore(starts[previous]);
            if (previousOpen || startsBefore) {
                result.flagRow("DoLo", current);
            }
        }
        return result;
    }
}
