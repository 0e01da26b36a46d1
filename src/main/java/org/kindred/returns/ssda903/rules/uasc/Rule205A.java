package org.kindred.returns.ssda903.rules.uasc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.UascStatus;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * A child UASC last year but not this year must have no date UASC ceased this year, and last year's
 * date ceased must fall within last year's collection period.
 */
public class Rule205A implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        UascStatus.Selection sel = UascStatus.select(data);
        if (sel == null) {
            return RuleResult.skipped("needs UASC, UASC_last and (for XML) both Headers");
        }
        Table uasc = Part2Support.table(data, "UASC");
        Table uascLast = Part2Support.table(data, "UASC_last");
        LocalDate start = Dates.collectionStart(data);
        LocalDate end = Dates.collectionEnd(data);
        LocalDate startLast = start == null ? null : start.minusYears(1);
        LocalDate endLast = end == null ? null : end.minusYears(1);
        Map<String, List<Integer>> lastByChild = Part2Support.rowsBy(uascLast, "CHILD");
        RuleResult result = new RuleResult();
        for (int r = 0; r < uasc.size(); r++) {
            String child = Part2Support.key(uasc, r, "CHILD");
            boolean ducNow = Part2Support.present(uasc, r, "DUC");
            List<Integer> headerRows = sel.current().rows(child);
            for (int l : lastByChild.getOrDefault(child, List.of())) {
                LocalDate ducLast = Dates.date(uascLast, l, "DUC");
                boolean ducLastInYear = Dates.onOrAfter(ducLast, startLast) && Dates.onOrBefore(ducLast, endLast);
                boolean wasUasc = sel.last().rows(child).stream().anyMatch(h -> "1".equals(sel.last().status(h)));
                if (!wasUasc || !(ducNow || !ducLastInYear)) {
                    continue;
                }
                if (headerRows.isEmpty()) {
                    result.flagRow("UASC", r);
                }
                for (int h : headerRows) {
                    if (!"1".equals(sel.current().status(h))) {
                        result.flagRow("UASC", r);
                        if (sel.reportHeader()) {
                            result.flagRow("Header", h);
                        }
                    }
                }
            }
        }
        return result;
    }
}
