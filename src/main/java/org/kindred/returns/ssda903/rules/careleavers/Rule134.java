package org.kindred.returns.ssda903.rules.careleavers;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyPresent;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.rowsByChild;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** AD1: a child with care leaver (OC3) data must not also have adoption data. */
public class Rule134 implements Rule {
    private static final List<String> CARE_LEAVER = List.of("IN_TOUCH", "ACTIV", "ACCOM");
    private static final List<String> ADOPTION =
            List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    @Override
    public RuleResult check(ReturnData data) {
        Table oc3 = data.table("OC3").orElseThrow();
        Table ad1 = data.table("AD1").orElseThrow();
        Map<String, List<Integer>> oc3ByChild = rowsByChild(oc3);
        RuleResult result = new RuleResult();
        for (int row = 0; row < ad1.size(); row++) {
            if (!anyPresent(ad1, row, ADOPTION)) {
                continue;
            }
            for (int o : oc3ByChild.getOrDefault(ad1.get(row, "CHILD"), List.of())) {
                if (anyPresent(oc3, o, CARE_LEAVER)) {
                    result.flagRow("AD1", row);
                }
            }
        }
        return result;
    }
}
