package org.kindred.returns.ssda903.rules.careleavers;

import java.util.List;
import java.util.Map;
import org.kindred.returns.ssda903.rules.kit.Part2Support;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** A child with care leaver information (OC3) must not also have the 12-month outcome items (OC2) filled in. */
public class Rule215 implements Rule {
    private static final List<String> CARE_LEAVER = List.of("IN_TOUCH", "ACTIV", "ACCOM");
    private static final List<String> OUTCOMES = List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");

    @Override
    public RuleResult check(ReturnData data) {
        Table oc3 = Part2Support.table(data, "OC3");
        Table oc2 = Part2Support.table(data, "OC2");
        Map<String, List<Integer>> oc2ByChild = Part2Support.rowsBy(oc2, "CHILD");
        RuleResult result = new RuleResult();
        for (int r = 0; r < oc3.size(); r++) {
            final int row = r;
            if (CARE_LEAVER.stream().noneMatch(c -> Part2Support.present(oc3, row, c))) {
                continue;
            }
            for (int o : Part2Support.matches(oc2ByChild, oc3, r)) {
                if (OUTCOMES.stream().anyMatch(c -> Part2Support.present(oc2, o, c))) {
                    result.flagRow("OC3", r);
                    result.flagRow("OC2", o);
                }
            }
        }
        return result;
    }
}
