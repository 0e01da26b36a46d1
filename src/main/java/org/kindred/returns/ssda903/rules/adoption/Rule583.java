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

/** Only the latest decision to place for adoption may be left without a date it ceased. */
public class Rule583 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table placed = table(data, "PlacedAdoption");
        Map<String, Integer> openCount = new HashMap<>();
        Map<String, Integer> latest = new HashMap<>();
        for (int p = 0; p < placed.size(); p++) {
            String child = placed.get(p, "CHILD");
            if (na(placed.get(p, "DATE_PLACED_CEASED")) && child != null) {
                openCount.merge(child, 1, Integer::sum);
            }
            LocalDate placedOn = date(placed, p, "DATE_PLACED");
            // The latest decision per child: the latest date, undated decisions last, the first of equal dates.
            if (!latest.containsKey(child) || placedOn != null
                    && (date(placed, latest.get(child), "DATE_PLACED") == null || placedOn.isAfter(date(placed, latest.get(child), "DATE_PLACED")))) {
                latest.put(child, p);
            }
        }
        RuleResult result = new RuleResult();
        for (int p = 0; p < placed.size(); p++) {
            String child = placed.get(p, "CHILD");
            if (na(placed.get(p, "DATE_PLACED_CEASED"))
                    && (openCount.getOrDefault(child, 0) > 1 || latest.get(child) != p)) {
                result.flagRow("PlacedAdoption", p);
            }
        }
        return result;
    }
}
