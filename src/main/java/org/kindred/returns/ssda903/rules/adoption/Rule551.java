package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child placed for adoption (A3-A6) must have a date of the decision to place for adoption. */
public class Rule551 implements Rule {
    private static final Set<String> ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table placed = table(data, "PlacedAdoption");
        RuleResult result = new RuleResult();
        for (int r = 0; r < episodes.size(); r++) {
            if (!in(episodes.get(r, "PLACE"), ADOPTION_PLACEMENTS)) {
                continue;
            }
            for (Integer p : orNone(rowsOfChild(placed, episodes.get(r, "CHILD")))) {
                if (p == null || na(placed.get(p, "DATE_PLACED"))) {
                    result.flagRow("Episodes", r);
                }
            }
        }
        return result;
    }
}
