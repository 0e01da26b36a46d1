package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;
import static org.kindred.returns.ssda903.rules.kit.Dates.dmy;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyMissing;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.cla;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.continuouslyLookedAfter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** OC2/Episodes: a child looked after continuously for 12 months must have an OC2 record with the health items completed. */
public class Rule191 implements Rule {
    private static final List<String> ITEMS = List.of("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");

    @Override
    public RuleResult check(ReturnData data) {
        Table oc2 = data.table("OC2").orElseThrow();
        Table eps = data.table("Episodes").orElseThrow();
        Map<String, Boolean> cla = continuouslyLookedAfter(data);
        RuleResult result = new RuleResult();
        Set<String> inOc2 = new HashSet<>();
        for (int row = 0; row < oc2.size(); row++) {
            inOc2.add(oc2.get(row, "CHILD"));
            if (cla(cla, oc2.get(row, "CHILD")) && anyMissing(oc2, row, ITEMS)) {
                result.flagRow("OC2", row);
            }
        }
        // a continuously looked-after child with no OC2 record: flag the child's first episode
        Map<String, Integer> first = new HashMap<>();
        for (int row = 0; row < eps.size(); row++) {
            String child = eps.get(row, "CHILD");
            LocalDate decom = dmy(eps.get(row, "DECOM"));
            if (child == null || decom == null) {
                continue;
            }
            Integer best = first.get(child);
            if (best == null || decom.isBefore(dmy(eps.get(best, "DECOM")))) {
                first.put(child, row);
            }
        }
        for (var e : first.entrySet()) {
            if (cla(cla, e.getKey()) && !inOc2.contains(e.getKey())) {
                result.flagRow("Episodes", e.getValue());
            }
        }
        return result;
    }
}
