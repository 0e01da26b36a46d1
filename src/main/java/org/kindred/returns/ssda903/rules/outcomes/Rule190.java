package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.anyPresent;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.cla;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.continuouslyLookedAfter;

import java.util.List;
import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** OC2: a child not looked after continuously for 12 months must not have the 12-month outcome items completed. */
public class Rule190 implements Rule {
    private static final List<String> ITEMS = List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");

    @Override
    public RuleResult check(ReturnData data) {
        Map<String, Boolean> cla = continuouslyLookedAfter(data);
        Table oc2 = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < oc2.size(); row++) {
            if (!cla(cla, oc2.get(row, "CHILD")) && anyPresent(oc2, row, ITEMS)) {
                result.flagRow("OC2", row);
            }
        }
        return result;
    }
}
