package org.kindred.returns.ssda903.rules.episodes;

import static org.kindred.returns.ssda903.rules.kit.Part4Support.*;

import java.util.Set;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The reason for placement change, where given, must be a valid code. */
@RuleDefinition(code = "1009", ruleset = "lac2022_23",
        message = "Reason for placement change is not a valid code.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"REASON_PLACE_CHANGE"})
public class Rule1009 implements Rule {

    private static final Set<String> CODES = Set.of("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD",
            "LAREQ", "PLACE", "CUSTOD", "OTHER");

    @Override
    public RuleResult check(ReturnData data) {
        Table epi = table(data, "Episodes");
        RuleResult result = new RuleResult();
        for (int r = 0; r < epi.size(); r++) {
            String reason = epi.get(r, "REASON_PLACE_CHANGE");
            if (reason != null && !CODES.contains(reason)) {
                result.flagRow("Episodes", r);
            }
        }
        return result;
    }
}
