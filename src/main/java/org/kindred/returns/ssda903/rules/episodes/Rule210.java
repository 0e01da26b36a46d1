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

/** A child with UPN code UN4 must have no episode starting on or after 24 March of the collection year. */
public class Rule210 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Dates.collectionEnd(data);
        if (!data.has("Header", "Episodes") || end == null) {
            return RuleResult.skipped("needs Header, Episodes and the collection end");
        }
        Table header = Part2Support.table(data, "Header");
        Table episodes = Part2Support.table(data, "Episodes");
        LocalDate reference = LocalDate.of(end.getYear(), 3, 24);
        Map<String, List<Integer>> headerByChild = Part2Support.rowsBy(header, "CHILD");
        RuleResult result = new RuleResult();
        for (int e = 0; e < episodes.size(); e++) {
            if (!Dates.onOrAfter(Dates.date(episodes, e, "DECOM"), reference)) {
                continue;
            }
            for (int h : Part2Support.matches(headerByChild, episodes, e)) {
                if ("UN4".equals(header.get(h, "UPN"))) {
                    result.flagRow("Episodes", e);
                    result.flagRow("Header", h);
                }
            }
        }
        return result;
    }
}
