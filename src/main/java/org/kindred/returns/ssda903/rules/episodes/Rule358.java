package org.kindred.returns.ssda903.rules.episodes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** An episode with a youth justice legal status (J1, J2, J3) must start after the child's 10th birthday. */
public class Rule358 implements Rule {
    private static final Set<String> YOUTH_JUSTICE = Set.of("J1", "J2", "J3");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = Part2Support.table(data, "Episodes");
        Table header = Part2Support.table(data, "Header");
        Map<String, List<Integer>> headerByChild = Part2Support.rowsBy(header, "CHILD");
        RuleResult result = new RuleResult();
        for (int e = 0; e < episodes.size(); e++) {
            if (!Part2Support.in(episodes, e, "LS", YOUTH_JUSTICE)) {
                continue;
            }
            LocalDate decom = Dates.date(episodes, e, "DECOM");
            for (int h : Part2Support.matches(headerByChild, episodes, e)) {
                if (Dates.onOrAfter(Dates.plusYears(Dates.date(header, h, "DOB"), 10), decom)) {
                    result.flagRow("Episodes", e);
                    result.flagRow("Header", h);
                }
            }
        }
        return result;
    }
}
