package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** No episode may follow one that ended with the child dying (E2) or turning 18 (E15). */
public class Rule437 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        List<Integer> order = sortedByChildThenDates(episodes, "DECOM");
        RuleResult result = new RuleResult();
        for (int i = 0; i + 1 < order.size(); i++) {
            int current = order.get(i);
            String rec = episodes.get(current, "REC");
            if (date(episodes, current, "DECOM") != null && rec != null && Set.of("E2", "E15").contains(rec.toUpperCase())
                    && same(episodes.get(current, "CHILD"), episodes.get(order.get(i + 1), "CHILD"))) {
                result.flagRow("Episodes", current);
            }
        }
        return result;
    }
}
