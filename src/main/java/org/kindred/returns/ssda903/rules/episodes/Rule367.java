package org.kindred.returns.ssda903.rules.episodes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child's respite episodes (V3) within the collection year must not add up to more than 75 days. */
public class Rule367 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate start = Dates.collectionStart(data);
        LocalDate end = Dates.collectionEnd(data);
        if (!data.has("Episodes") || start == null || end == null) {
            return RuleResult.skipped("needs Episodes and the collection period");
        }
        Table eps = Part2Support.table(data, "Episodes");
        Map<String, List<Integer>> rowsByChild = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int r = 0; r < eps.size(); r++) {
            LocalDate decom = Dates.date(eps, r, "DECOM");
            if (!"V3".equals(eps.get(r, "LS")) || decom == null || Part2Support.blank(eps, r, "CHILD")) {
                continue;
            }
            LocalDate dec = Dates.date(eps, r, "DEC");
            if (Part2Support.blank(eps, r, "DEC") || Dates.after(dec, end)) {
                dec = end;
            }
            if (decom.isBefore(start)) {
                decom = start;
            }
            long days = dec == null ? 0 : ChronoUnit.DAYS.between(decom, dec);
            if (days > 0) {
                String child = eps.get(r, "CHILD");
                rowsByChild.computeIfAbsent(child, k -> new ArrayList<>()).add(r);
                totals.merge(child, days, Long::sum);
            }
        }
        RuleResult result = new RuleResult();
        rowsByChild.forEach((child, rows) -> {
            if (totals.get(child) > 75) {
                rows.forEach(r -> result.flagRow("Episodes", r));
            }
        });
        return result;
    }
}
