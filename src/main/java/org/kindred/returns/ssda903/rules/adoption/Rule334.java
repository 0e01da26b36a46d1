package org.kindred.returns.ssda903.rules.adoption;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The decision to place for adoption must not be before the start of the child's latest period of care (RNE S). */
public class Rule334 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = Part2Support.table(data, "Episodes");
        Table ad1 = Part2Support.table(data, "AD1");
        Map<String, List<Integer>> ad1ByChild = Part2Support.rowsBy(ad1, "CHILD");
        RuleResult result = new RuleResult();
        for (List<Integer> group : Part2Support.rowsBy(episodes, "CHILD").values()) {
            int latest = -1;
            LocalDate latestDate = null;
            for (int e : group) {
                LocalDate d = Dates.date(episodes, e, "DECOM");
                if ("S".equals(episodes.get(e, "RNE")) && d != null && (latestDate == null || d.isAfter(latestDate))) {
                    latest = e;
                    latestDate = d;
                }
            }
            if (latest < 0 || Part2Support.blank(episodes, latest, "CHILD")) {
                continue;
            }
            for (int a : Part2Support.matches(ad1ByChild, episodes, latest)) {
                if (Dates.before(Dates.date(ad1, a, "DATE_INT"), latestDate)) {
                    result.flagRow("Episodes", latest);
                    result.flagRow("AD1", a);
                }
            }
        }
        return result;
    }
}
