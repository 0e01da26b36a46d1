package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** Emergency protection order (L2) spells must not last more than 21 days. */
@RuleDefinition(code = "362", ruleset = "lac2022_23",
        message = "Emergency protection order (EPO) lasted longer than 21 days",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"DECOM", "LS", "DEC"})
public class Rule362 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2LegalStatusSpells.continuous(data, "L2", 21);
    }
}
