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

/** An episode starting before the child's 10th birthday cannot have placement change reason CUSTOD. */
public class Rule234 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = Part2Support.table(data, "Episodes");
        Table header = Part2Support.table(data, "Header");
        Map<String, List<Integer>> headerByChild = Part2Support.rowsBy(header, "CHILD");
        RuleResult result = new RuleResult();
        for (int e = 0; e < episodes.size(); e++) {
            if (!"CUSTOD".equals(episodes.get(e, "REASON_PLACE_CHANGE"))) {
                continue;
            }
            LocalDate decom = Dates.date(episodes, e, "DECOM");
            for (int h : Part2Support.matches(headerByChild, episodes, e)) {
                if (Dates.after(Dates.plusYears(Dates.date(header, h, "DOB"), 10), decom)) {
                    result.flagRow("Episodes", e);
                    result.flagRow("Header", h);
                }
            }
        }
        return result;
    }
}
