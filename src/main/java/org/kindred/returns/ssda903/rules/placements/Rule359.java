package org.kindred.returns.ssda903.rules.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An open episode of a child who turned 18 before the collection end must be under V2 in a community home (K2). */
public class Rule359 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        LocalDate end = Dates.collectionEnd(data);
        if (!data.has("Episodes", "Header") || end == null) {
            return RuleResult.skipped("needs Episodes, Header and the collection end");
        }
        Table episodes = Part2Support.table(data, "Episodes");
        Table header = Part2Support.table(data, "Header");
        Map<String, List<Integer>> headerByChild = Part2Support.rowsBy(header, "CHILD");
        RuleResult result = new RuleResult();
        for (int e = 0; e < episodes.size(); e++) {
            boolean v2InK2 = "V2".equals(episodes.get(e, "LS")) && "K2".equals(episodes.get(e, "PLACE"));
            if (!Part2Support.blank(episodes, e, "DEC") || v2InK2) {
                continue;
            }
            for (int h : Part2Support.matches(headerByChild, episodes, e)) {
                if (Dates.before(Dates.plusYears(Dates.date(header, h, "DOB"), 18), end)) {
                    result.flagRow("Episodes", e);
                }
            }
        }
        return result;
    }
}
