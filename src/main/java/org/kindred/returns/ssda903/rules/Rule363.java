package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** Child assessment order (L3) periods must not last more than 7 days in all. */
@RuleDefinition(code = "363", ruleset = "lac2022_23",
        message = "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"LS", "DECOM", "DEC"})
public class Rule363 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2LegalStatusSpells.consecutive(data, "L3", 7);
    }
}
