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

/** A period of care (RNE S) must not start on or after the child's 18th birthday. */
public class Rule352 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table header = Part2Support.table(data, "Header");
        Table episodes = Part2Support.table(data, "Episodes");
        Map<String, List<Integer>> headerByChild = Part2Support.rowsBy(header, "CHILD");
        RuleResult result = new RuleResult();
        for (int e = 0; e < episodes.size(); e++) {
            String rne = episodes.get(e, "RNE");
            if (rne == null || !rne.toUpperCase().equals("S")) {
                continue;
            }
            LocalDate decom = Dates.date(episodes, e, "DECOM");
            for (int h : Part2Support.matches(headerByChild, episodes, e)) {
                if (Dates.onOrBefore(Dates.plusYears(Dates.date(header, h, "DOB"), 18), decom)) {
                    result.flagRow("Episodes", e);
                }
            }
        }
        return result;
    }
}
