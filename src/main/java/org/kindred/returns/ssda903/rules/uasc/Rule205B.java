package org.kindred.returns.ssda903.rules.uasc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.UascStatus;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * A child UASC both last year and this year: last year's date UASC ceased must be the 18th birthday, and
 * this year's date ceased must fall in this collection year or repeat last year's.
 */
public class Rule205B implements Rule {
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
        Map<String, List<Integer>> lastByChild = Part2Support.rowsBy(uascLast, "CHILD");
        RuleResult result = new RuleResult();
        for (int r = 0; r < uasc.size(); r++) {
            String child = Part2Support.key(uasc, r, "CHILD");
            LocalDate duc = Dates.date(uasc, r, "DUC");
            // The reference tool takes the 18th birthday from the row at the same position of last year's table.
            LocalDate dob18 = r < uascLast.size() ? Dates.plusYears(Dates.date(uascLast, r, "DOB"), 18) : null;
            boolean ducInYear = Dates.onOrAfter(duc, start) && Dates.onOrBefore(duc, end);
            boolean wasUasc = sel.last().rows(child).stream().anyMatch(h -> "1".equals(sel.last().status(h)));
            if (!wasUasc) {
                continue;
            }
            for (int l : lastByChild.getOrDefault(child, List.of())) {
                LocalDate ducLast = Dates.date(uascLast, l, "DUC");
                boolean sameDuc = duc != null && Objects.equals(duc, ducLast);
                boolean lastIs18th = ducLast != null && ducLast.equals(dob18);
                if (!((!ducInYear && !sameDuc) || !lastIs18th)) {
                    continue;
                }
                for (int h : sel.current().rows(child)) {
                    if ("1".equals(sel.current().status(h))) {
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
