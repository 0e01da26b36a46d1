package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child whose final episode ended in a transfer to another LA (REC E3) must not have care leaver information. */
public class Rule1011 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        Table epi = table(data, "Episodes");
        LocalDate[] decom = dates(epi, "DECOM");
        Set<String> transferred = new HashSet<>();
        extremeRowByChild(epi, decom, allRows(epi), true).forEach((child, r) -> {
            if ("E3".equals(epi.get(r, "REC"))) {
                transferred.add(child);
            }
        });
        Table oc3 = data.table("OC3").orElseThrow();
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc3.size(); r++) {
            if (transferred.contains(oc3.get(r, "CHILD")) && anyPresent(oc3, r, "IN_TOUCH", "ACTIV", "ACCOM")) {
                result.flagRow("OC3", r);
            }
        }
        return result;
    }
}
