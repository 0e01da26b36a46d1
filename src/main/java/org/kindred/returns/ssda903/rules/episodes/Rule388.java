package org.kindred.returns.ssda903.rules.episodes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * Reason ceased X1 (new episode begins) must be used exactly when the child's next episode starts on the
 * day this one ends: an X1 episode needs a next episode starting that day, a different reason must not be
 * followed by one starting that day, and the child's last episode must not end with X1.
 */
public class Rule388 implements Rule {
    /** The reference tool reads a missing or unreadable start date as 1 January 1901. */
    private static final LocalDate NO_START = LocalDate.of(1901, 1, 1);

    @Override
    public RuleResult check(ReturnData data) {
        Table eps = Part2Support.table(data, "Episodes");
        Map<String, List<Integer>> byChild = new LinkedHashMap<>();
        for (int r = 0; r < eps.size(); r++) {
            if (Part2Support.present(eps, r, "CHILD")) {
                byChild.computeIfAbsent(eps.get(r, "CHILD"), k -> new ArrayList<>()).add(r);
            }
        }
        RuleResult result = new RuleResult();
        for (List<Integer> group : byChild.values()) {
            group.sort(Comparator.comparing(r -> start(eps, r)));
            for (int i = 0; i < group.size(); i++) {
                int cur = group.get(i);
                LocalDate dec = Dates.date(eps, cur, "DEC");
                String rec = eps.get(cur, "REC");
                boolean x1 = "X1".equals(rec);
                if (i + 1 == group.size()) {
                    if (dec != null && x1) {
                        result.flagRow("Episodes", cur);
                    }
                    continue;
                }
                LocalDate next = start(eps, group.get(i + 1));
                if (dec == null) {
                    continue;
                }
                boolean continues = dec.equals(next);
                if ((x1 && !continues) || (!x1 && Part2Support.present(eps, cur, "REC") && continues)) {
                    result.flagRow("Episodes", cur);
                }
            }
        }
        return result;
    }

    private static LocalDate start(Table eps, int row) {
        LocalDate d = Dates.date(eps, row, "DECOM");
        return d == null ? NO_START : d;
    }
}
