package org.kindred.returns.ssda903.rules.liberty;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A DoLO must lie within a period of care: it may only be open while the period of care is open. */
public class Rule707 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table epi = table(data, "Episodes");
        Table dolo = table(data, "DoLo");
        Map<String, List<LocalDate[]>> periods = periodsOfCare(epi);
        RuleResult result = new RuleResult();
        for (int r = 0; r < dolo.size(); r++) {
            LocalDate start = date(dolo.get(r, "DOLO_START"));
            if (start == null) {
                continue;
            }
            LocalDate end = date(dolo.get(r, "DOLO_END"));
            List<LocalDate[]> childPeriods = periods.get(dolo.get(r, "CHILD"));
            if (childPeriods == null) {
                continue;
            }
            boolean outsideAll = true;
            for (LocalDate[] poc : childPeriods) {
                LocalDate pocStart = poc[0];
                LocalDate pocEnd = poc[1];
                boolean outside = (end == null && pocEnd != null)
                        || (end == null && start.isBefore(pocStart))
                        || (end != null && pocEnd != null && end.isAfter(pocEnd))
                        || (end != null && end.isBefore(pocStart));
                outsideAll &= outside;
            }
            if (outsideAll) {
                result.flagRow("DoLo", r);
            }
        }
        return result;
    }

    /** Each child's periods of care {start, end}: runs of episodes where each starts no later than the previous ended. */
    static Map<String, List<LocalDate[]>> periodsOfCare(Table epi) {
        LocalDate[] decom = dates(epi, "DECOM");
        LocalDate[] dec = dates(epi, "DEC");
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < epi.size(); r++) {
            if (decom[r] != null) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparing((Integer r) -> epi.get(r, "CHILD"), TEXT_ASC_NULLS_LAST).thenComparing(r -> decom[r]));
        Map<String, List<LocalDate[]>> periods = new HashMap<>();
        LocalDate[] open = null;
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            String child = epi.get(r, "CHILD");
            boolean newPeriod = i == 0;
            if (!newPeriod) {
                int p = rows.get(i - 1);
                newPeriod = !same(child, epi.get(p, "CHILD")) || (dec[p] != null && decom[r].isAfter(dec[p]));
            }
            if (newPeriod) {
                open = new LocalDate[] {decom[r], dec[r]};
                periods.computeIfAbsent(child, k -> new ArrayList<>()).add(open);
            } else {
                open[1] = dec[r];
            }
        }
        return periods;
    }
}
