package org.kindred.returns.ssda903.rules.socialworkers;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A social worker episode ending in the last 5 days of the collection year must be followed by another episode. */
public class RuleSW11bSTG2 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = collectionEnd(data);
        if (end == null) {
            return RuleResult.skipped("no collection end");
        }
        LocalDate windowStart = end.minusDays(5);
        Table swe = table(data, "SWEpisodes");
        LocalDate[] decom = dates(swe, "SW_DECOM");
        LocalDate[] dec = dates(swe, "SW_DEC");
        RuleResult result = new RuleResult();
        // An episode after one that ended in the window must have a start date.
        List<Integer> rows = allRows(swe);
        rows.sort(Comparator.comparing((Integer r) -> swe.get(r, "CHILD"), TEXT_ASC_NULLS_LAST)
                .thenComparing(r -> decom[r], DATE_ASC_NULLS_LAST));
        for (int i = 1; i < rows.size(); i++) {
            int cur = rows.get(i);
            int prev = rows.get(i - 1);
            if (same(swe.get(cur, "CHILD"), swe.get(prev, "CHILD")) && inWindow(dec[prev], windowStart, end) && decom[cur] == null) {
                result.flagRow("SWEpisodes", cur);
            }
        }
        // A child's only episode must not end in the window.
        Map<String, List<Integer>> byChild = rowsByChild(swe);
        byChild.forEach((child, childRows) -> {
            if (child != null && childRows.size() == 1 && inWindow(dec[childRows.get(0)], windowStart, end)) {
                result.flagRow("SWEpisodes", childRows.get(0));
            }
        });
        // Sorted latest start first: an episode ending in the window with an earlier episode starting before that end.
        List<Integer> reversed = allRows(swe);
        reversed.sort(Comparator.comparing((Integer r) -> swe.get(r, "CHILD"), TEXT_DESC_NULLS_LAST)
                .thenComparing(r -> decom[r], DATE_DESC_NULLS_LAST));
        for (int i = 1; i < reversed.size(); i++) {
            int cur = reversed.get(i);
            int later = reversed.get(i - 1);
            // ...and no episode of the child starting on or after that end: upstream compares with the earlier episode
            // only, so it flags an episode ending on 30 March followed by one starting that day (a subsequent episode).
            if (same(swe.get(cur, "CHILD"), swe.get(later, "CHILD")) && inWindow(dec[later], windowStart, end)
                    && decom[cur] != null && decom[cur].isBefore(dec[later])
                    && !followed(rowsOf(byChild, swe.get(later, "CHILD")), decom, later, dec[later])) {
                result.flagRow("SWEpisodes", later);
            }
        }
        return result;
    }

    /** Whether another of the child's episodes starts on or after the day this one ended. */
    private static boolean followed(List<Integer> childRows, LocalDate[] decom, int row, LocalDate ended) {
        for (int r : childRows) {
            if (r != row && decom[r] != null && !decom[r].isBefore(ended)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inWindow(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
}
