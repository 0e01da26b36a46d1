package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.List;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child who was adopted should not have more than one decision that they should no longer be placed for adoption. */
public class Rule558 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table placed = table(data, "PlacedAdoption");
        Table episodes = data.table("Episodes").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!in(episodes.get(r, "REC"), Set.of("E11", "E12"))) {
                continue;
            }
            List<Integer> decisions = rowsOfChild(placed, episodes.get(r, "CHILD"));
            // A child whose latest decision is still open (a blank date) is left alone.
            boolean anyOpen = decisions.isEmpty() || decisions.stream().anyMatch(p -> na(placed.get(p, "DATE_PLACED_CEASED")));
            if (!anyOpen && decisions.size() > 1) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
