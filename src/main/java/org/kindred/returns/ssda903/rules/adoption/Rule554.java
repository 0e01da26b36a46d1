package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The decision to place for adoption should be on or before the placement order (first E1 episode). */
public class Rule554 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table episodes = table(data, "Episodes");
        Table placed = table(data, "PlacedAdoption");
        Map<String, Integer> firstOrder = new HashMap<>();
        for (var child : groupByChild(episodes).entrySet()) {
            Integer first = null;
            for (int r : child.getValue()) {
                LocalDate start = date(episodes, r, "DECOM");
                if ("E1".equals(episodes.get(r, "LS")) && start != null
                        && (first == null || start.isBefore(date(episodes, first, "DECOM")))) {
                    first = r;
                }
            }
            if (first != null) {
                firstOrder.put(child.getKey(), first);
            }
        }
        RuleResult result = new RuleResult();
        for (var e : firstOrder.entrySet()) {
            for (int p : rowsOfChild(placed, e.getKey())) {
                if (after(date(placed, p, "DATE_PLACED"), date(episodes, e.getValue(), "DECOM"))) {
                    result.flagRow("Episodes", e.getValue());
                    result.flagRow("PlacedAdoption", p);
                }
            }
        }
        return result;
    }
}
