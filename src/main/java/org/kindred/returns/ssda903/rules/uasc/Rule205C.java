package org.kindred.returns.ssda903.rules.uasc;

import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.ssda903.rules.kit.UascStatus;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child who was UASC neither this year nor last year must have no date UASC ceased in either year. */
public class Rule205C implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        UascStatus.Selection sel = UascStatus.select(data);
        if (sel == null) {
            return RuleResult.skipped("needs UASC, UASC_last and (for XML) both Headers");
        }
        Table uasc = Part2Support.table(data, "UASC");
        Table uascLast = Part2Support.table(data, "UASC_last");
        Map<String, List<Integer>> lastByChild = Part2Support.rowsBy(uascLast, "CHILD");
        RuleResult result = new RuleResult();
        for (int r = 0; r < uasc.size(); r++) {
            String child = Part2Support.key(uasc, r, "CHILD");
            boolean hasDuc = Dates.date(uasc, r, "DUC") != null;
            List<Integer> lastRows = lastByChild.getOrDefault(child, List.of());
            boolean lastNever = sel.last().rows(child).isEmpty() || lastRows.isEmpty()
                    || sel.last().rows(child).stream().anyMatch(h -> notUasc(sel.last().status(h)));
            boolean lastDuc = lastRows.stream().anyMatch(l -> Dates.date(uascLast, l, "DUC") != null);
            if (!lastNever || !(hasDuc || lastDuc)) {
                continue;
            }
            List<Integer> headerRows = sel.current().rows(child);
            if (headerRows.isEmpty()) {
                result.flagRow("UASC", r);
            }
            for (int h : headerRows) {
                if (notUasc(sel.current().status(h))) {
                    result.flagRow("UASC", r);
                    if (sel.reportHeader()) {
                        result.flagRow("Header", h);
                    }
                }
            }
        }
        return result;
    }

    private static boolean notUasc(String status) {
        return Cells.blank(status) || "0".equals(status);
    }
}
