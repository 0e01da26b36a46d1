package org.kindred.returns.ssda903.rules.episodes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The child's earliest episode must not start before the child's date of birth. */
public class Rule302 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table header = Part2Support.table(data, "Header");
        Table episodes = Part2Support.table(data, "Episodes");
        Map<String, List<Integer>> headerByChild = Part2Support.rowsBy(header, "CHILD");
        RuleResult result = new RuleResult();
        for (List<Integer> group : Part2Support.rowsBy(episodes, "CHILD").values()) {
            int first = earliest(episodes, group);
            if (first < 0 || Part2Support.blank(episodes, first, "CHILD")) {
                continue;
            }
            LocalDate decom = Dates.date(episodes, first, "DECOM");
            for (int h : Part2Support.matches(headerByChild, episodes, first)) {
                if (Dates.after(Dates.date(header, h, "DOB"), decom)) {
                    result.flagRow("Episodes", first);
                    result.flagRow("Header", h);
                }
            }
        }
        return result;
    }

    /** The first row with the earliest start date, or -1 when no row has a start date. */
    private static int earliest(Table episodes, List<Integer> rows) {
        int best = -1;
        LocalDate bestDate = null;
        for (int r : rows) {
            LocalDate d = Dates.date(episodes, r, "DECOM");
            if (d != null && (bestDate == null || d.isBefore(bestDate))) {
                best = r;
                bestDate = d;
            }
        }
        return best;
    }
}
