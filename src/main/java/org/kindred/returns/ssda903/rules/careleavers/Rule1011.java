package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child whose final episode ended in a transfer to another LA (REC E3) must not have care leaver information. */
@RuleDefinition(code = "1011", ruleset = "lac2022_23",
        message = "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "OC3"}, fields = {"IN_TOUCH", "ACTIV", "ACCOM"})
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
