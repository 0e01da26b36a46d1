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
@RuleDefinition(code = "185", ruleset = "lac2022_23",
        message = "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "OC2"}, fields = {"SDQ_SCORE"})
@RuleDefinition(code = "198", ruleset = "lac2022_23",
        message = "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed. ",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "OC2"}, fields = {"SDQ_REASON"})
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
