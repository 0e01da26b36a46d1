package org.kindred.returns.ssda903.rules.adoption;

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

/** For an episode ending in adoption (E11, E12), the date matched with adopters must not be after the episode start. */
public class Rule331 implements Rule {
    private static final Set<String> ADOPTED = Set.of("E11", "E12");

    @Override
    public RuleResult check(ReturnData data) {
        Table ad1 = Part2Support.table(data, "AD1");
        Table episodes = Part2Support.table(data, "Episodes");
        Map<String, List<Integer>> ad1ByChild = Part2Support.rowsBy(ad1, "CHILD");
        RuleResult result = new RuleResult();
        for (int e = 0; e < episodes.size(); e++) {
            if (!Part2Support.in(episodes, e, "REC", ADOPTED)) {
                continue;
            }
            LocalDate decom = Dates.date(episodes, e, "DECOM");
            for (int a : Part2Support.matches(ad1ByChild, episodes, e)) {
                if (Dates.after(Dates.date(ad1, a, "DATE_MATCH"), decom)) {
                    result.flagRow("AD1", a);
                    result.flagRow("Episodes", e);
                }
            }
        }
        return result;
    }
}
