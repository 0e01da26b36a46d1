package org.kindred.returns.ssda903.rules.adoption;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.before;
import static org.kindred.returns.ssda903.rules.kit.Dates.collectionStart;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.in;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.rowsByChild;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** PlacedAdoption: the date of the decision no longer to place for adoption must not be before the collection year or before the first episode (not V3/V4). */
public class Rule118 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table eps = data.table("Episodes").orElseThrow();
        Table pa = data.table("PlacedAdoption").orElseThrow();
        LocalDate start = collectionStart(data);
        // the earliest-starting episode of each child, among those whose legal status is not V3 or V4
        Map<String, Integer> earliest = new HashMap<>();
        for (int row = 0; row < eps.size(); row++) {
            String child = eps.get(row, "CHILD");
            LocalDate decom = dmy(eps.get(row, "DECOM"));
            if (child == null || decom == null || in(eps.get(row, "LS"), Set.of("V3", "V4"))) {
                continue;
            }
            Integer best = earliest.get(child);
            if (best == null || decom.isBefore(dmy(eps.get(best, "DECOM")))) {
                earliest.put(child, row);
            }
        }
        Map<String, List<Integer>> paByChild = rowsByChild(pa);
        RuleResult result = new RuleResult();
        for (var e : earliest.entrySet()) {
            LocalDate decom = dmy(eps.get(e.getValue(), "DECOM"));
            for (int p : paByChild.getOrDefault(e.getKey(), List.of())) {
                LocalDate ceased = dmy(pa.get(p, "DATE_PLACED_CEASED"));
                if (ceased != null && (ceased.isBefore(decom) || before(ceased, start))) {
                    result.flagRow("Episodes", e.getValue());
                    result.flagRow("PlacedAdoption", p);
                }
            }
        }
        return result;
    }
}
