package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A new decision to place for adoption cannot start while the previous one is still in force or overlap it. */
public class Rule579 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table placed = table(data, "PlacedAdoption");
        List<Integer> order = sortedByChildThenDates(placed, "DATE_PLACED");
        RuleResult result = new RuleResult();
        for (int i = 1; i < order.size(); i++) {
            int current = order.get(i);
            int previous = order.get(i - 1);
            LocalDate previousCeased = date(placed, previous, "DATE_PLACED_CEASED");
            if (same(placed.get(current, "CHILD"), placed.get(previous, "CHILD"))
                    && (previousCeased == null || before(date(placed, current, "DATE_PLACED"), previousCeased))) {
                result.flagRow("PlacedAdoption", current);
            }
        }
        return result;
    }
}
