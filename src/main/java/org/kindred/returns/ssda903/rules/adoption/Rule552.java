package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The latest decision to place for adoption must be on or before the first placement for adoption. */
public class Rule552 implements Rule {
    private static final Set<String> ADOPTION_PLACEMENTS = Set.of("A3", "A4", "A5", "A6");

    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table placed = table(data, "PlacedAdoption");
        Map<String, Integer> lastDecision = latestPerChild(placed, "DATE_PLACED");
        Map<String, Integer> firstPlacement = new HashMap<>();
        for (var child : groupByChild(episodes).entrySet()) {
            Integer first = null;
            for (int r : child.getValue()) {
                LocalDate start = date(episodes, r, "DECOM");
                if (in(episodes.get(r, "PLACE"), ADOPTION_PLACEMENTS) && start != null
                        && (first == null || start.isBefore(date(episodes, first, "DECOM")))) {
                    first = r;
                }
            }
            if (first != null) {
                firstPlacement.put(child.getKey(), first);
            }
        }
        RuleResult result = new RuleResult();
        for (var e : firstPlacement.entrySet()) {
            Integer p = lastDecision.get(e.getKey());
            if (p != null && before(date(episodes, e.getValue(), "DECOM"), date(placed, p, "DATE_PLACED"))) {
                result.flagRow("Episodes", e.getValue());
                result.flagRow("PlacedAdoption", p);
            }
        }
        return result;
    }
}
