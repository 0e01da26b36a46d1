package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The LA's decision to place for adoption must not be before the child's first episode that started a period of care (RNE S). */
public class Rule1003 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table epi = table(data, "Episodes");
        Table placed = table(data, "PlacedAdoption");
        LocalDate[] decom = dates(epi, "DECOM");
        List<Integer> started = new ArrayList<>();
        for (int r = 0; r < epi.size(); r++) {
            if ("S".equals(epi.get(r, "RNE"))) {
                started.add(r);
            }
        }
        Map<String, List<Integer>> placedRows = rowsByChild(placed);
        RuleResult result = new RuleResult();
        for (int e : extremeRowByChild(epi, decom, started, false).values()) {
            for (int p : rowsOf(placedRows, epi.get(e, "CHILD"))) {
                LocalDate datePlaced = date(placed.get(p, "DATE_PLACED"));
                if (datePlaced != null && datePlaced.isBefore(decom[e])) {
                    result.flagRow("Episodes", e);
                    result.flagRow("PlacedAdoption", p);
                }
            }
        }
        return result;
    }
}
