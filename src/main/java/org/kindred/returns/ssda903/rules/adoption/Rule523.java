package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The decision to place for adoption should be on the same date as the decision that adoption is in the child's best interests. */
public class Rule523 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table placed = table(data, "PlacedAdoption");
        Table ad1 = table(data, "AD1");
        RuleResult result = new RuleResult();
        for (int p = 0; p < placed.size(); p++) {
            LocalDate decided = date(placed, p, "DATE_PLACED");
            if (decided == null) {
                continue;
            }
            for (int a : rowsOfChild(ad1, placed.get(p, "CHILD"))) {
                LocalDate bestInterest = date(ad1, a, "DATE_INT");
                if (bestInterest != null && !bestInterest.equals(decided)) {
                    result.flagRow("PlacedAdoption", p);
                    result.flagRow("AD1", a);
                }
            }
        }
        return result;
    }
}
