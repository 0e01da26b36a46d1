package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A continuation episode (RNE P, L, T, U or B) must start on the day the previous episode ended. */
public class Rule433 implements Rule {
    private static final Set<String> CONTINUATION = Set.of("P", "L", "T", "U", "B");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        List<Integer> order = sortedByChildThenDates(episodes, "DECOM", "DEC");
        RuleResult result = new RuleResult();
        for (int i = 1; i < order.size(); i++) {
            int current = order.get(i);
            int previous = order.get(i - 1);
            String rne = episodes.get(current, "RNE");
            if (rne != null && CONTINUATION.contains(rne.toUpperCase())
                    && same(episodes.get(current, "CHILD"), episodes.get(previous, "CHILD"))
                    && differs(episodes.get(previous, "DEC"), episodes.get(current, "DECOM"))) {
                result.flagRow("Episodes", current);
            }
        }
        return result;
    }
}
