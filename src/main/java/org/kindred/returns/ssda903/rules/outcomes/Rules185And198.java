package org.kindred.returns.ssda903.rules.outcomes;

import static org.kindred.returns.ssda903.rules.kit.Part1Support.cla;
import static org.kindred.returns.ssda903.rules.kit.Part1Support.continuouslyLookedAfter;

import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleVersion;
import org.kindred.returns.validation.Table;

/**
 * One check that differs from code to code only in constants (column).
 * <br>185: OC2: a child not looked after continuously for 12 months must not have an SDQ score.
 * <br>198: OC2: a child not looked after continuously for 12 months must not have a reason for no SDQ score.
 */
public class Rules185And198 extends RuleVersion {
    private final String column = switch (code()) {
        case "198" -> "SDQ_REASON";
        default -> "SDQ_SCORE";
    };

    public Rules185And198(RuleDefinition definition) {
        super(definition);
    }
    @Override
    public RuleResult check(ReturnData data) {
        Map<String, Boolean> cla = continuouslyLookedAfter(data);
        Table oc2 = data.table("OC2").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < oc2.size(); row++) {
            if (oc2.get(row, column) != null && !cla(cla, oc2.get(row, "CHILD"))) {
                result.flagRow("OC2", row);
            }
        }
        return result;
    }
}
