package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A new decision to place for adoption cannot start while the previous one is still in force or overlap it. */
@RuleDefinition(code = "579", ruleset = "lac2022_23",
        message = "A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"PlacedAdoption"}, fields = {"DATE_PLACED", "DATE_PLACED_CEASED"})
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
