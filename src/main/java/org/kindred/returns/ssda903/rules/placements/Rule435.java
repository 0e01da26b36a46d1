package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A new episode for a change of placement only (RNE P or T) must keep the legal status and change the placement. */
public class Rule435 implements Rule {
    private static final List<String> PLACEMENT = List.of("PLACE", "PL_POST", "URN", "PLACE_PROVIDER");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        List<Integer> order = sortedByChildThenDates(episodes, "DECOM");
        RuleResult result = new RuleResult();
        for (int i = 1; i < order.size(); i++) {
            int current = order.get(i);
            int previous = order.get(i - 1);
            if (!in(episodes.get(current, "RNE"), Set.of("P", "T")) || !same(episodes.get(current, "CHILD"), episodes.get(previous, "CHILD"))) {
                continue;
            }
            boolean placementSame = true;
            for (String column : PLACEMENT) {
                placementSame &= same(episodes.get(current, column), episodes.get(previous, column));
            }
            if (differs(episodes.get(current, "LS"), episodes.get(previous, "LS")) || placementSame) {
                result.flagRow("Episodes", current);
            }
        }
        return result;
    }
}
