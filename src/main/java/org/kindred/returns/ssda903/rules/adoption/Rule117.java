package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.before;
import static org.kindred.returns.ssda903.rules.kit.Dates.collectionEnd;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.rowsByChild;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** PlacedAdoption: adoption decision dates must not be after the collection year or after the latest episode (not ending X1) ended. */
public class Rule117 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table eps = data.table("Episodes").orElseThrow();
        Table pa = data.table("PlacedAdoption").orElseThrow();
        LocalDate end = collectionEnd(data);
        // the latest episode of each child, among those with a start date and not ending with REC X1
        Map<String, Integer> latest = new HashMap<>();
        for (int row = 0; row < eps.size(); row++) {
            String child = eps.get(row, "CHILD");
            LocalDate decom = dmy(eps.get(row, "DECOM"));
            if (child == null || decom == null || "X1".equals(eps.get(row, "REC"))) {
                continue;
            }
            Integer best = latest.get(child);
            if (best == null || decom.isAfter(dmy(eps.get(best, "DECOM")))) {
                latest.put(child, row);
            }
        }
        Map<String, List<Integer>> paByChild = rowsByChild(pa);
        RuleResult result = new RuleResult();
        for (var e : latest.entrySet()) {
            LocalDate dec = dmy(eps.get(e.getValue(), "DEC"));
            for (int p : paByChild.getOrDefault(e.getKey(), List.of())) {
                LocalDate placed = dmy(pa.get(p, "DATE_PLACED"));
                LocalDate ceased = dmy(pa.get(p, "DATE_PLACED_CEASED"));
                if (before(end, placed) || before(dec, placed) || before(end, ceased) || before(dec, ceased)) {
                    result.flagRow("Episodes", e.getValue());
                    result.flagRow("PlacedAdoption", p);
                }
            }
        }
        return result;
    }
}
