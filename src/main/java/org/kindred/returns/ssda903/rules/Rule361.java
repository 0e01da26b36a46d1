package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** Police protection (L1) spells must not last more than 3 days. */
@RuleDefinition(code = "361", ruleset = "lac2022_23",
        message = "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"DECOM", "LS", "DEC"})
public class Rule361 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2LegalStatusSpells.continuous(data, "L1", 3);
    }
}
