package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import java.time.LocalDate;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A decision to place for adoption made before this year must have been reported last year. */
public class Rule559 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        if (!data.has("PlacedAdoption_last")) {
            return RuleResult.skipped("needs PlacedAdoption and PlacedAdoption_last");
        }
        Table placed = table(data, "PlacedAdoption");
        Table last = table(data, "PlacedAdoption_last");
        LocalDate start = collectionStart(data);
        RuleResult result = new RuleResult();
        for (int p = 0; p < placed.size(); p++) {
            if (!before(date(placed, p, "DATE_PLACED"), start)) {
                continue;
            }
            for (Integer l : orNone(rowsOfChild(last, placed.get(p, "CHILD")))) {
                if (l == null || date(last, l, "DATE_PLACED") == null) {
                    result.flagRow("PlacedAdoption", p);
                }
            }
        }
        return result;
    }
}
