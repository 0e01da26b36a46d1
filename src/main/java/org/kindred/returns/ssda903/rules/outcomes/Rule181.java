package org.kindred.returns.ssda903.rules.outcomes;

import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** OC2: the 12-month outcome items must be 0 or 1 when given. */
public class Rule181 implements Rule {
    private static final List<String> ITEMS = List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");

    @Override
    public RuleResult check(ReturnData data) {
        Table t = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            for (String c : ITEMS) {
                String v = t.get(row, c);
                if (v != null && !v.equals("0") && !v.equals("1")) {
                    result.flagRow("OC2", row);
                    break;
                }
            }
        }
        return result;
    }
}
