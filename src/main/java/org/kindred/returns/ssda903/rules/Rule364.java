package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** Detention under PACE (J2) periods must not last more than 21 days in all. */
@RuleDefinition(code = "364", ruleset = "lac2022_23",
        message = "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.",
        years = {"2022/23", "2023/24", "2024/25", "2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"LS", "DECOM", "DEC"})
public class Rule364 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2LegalStatusSpells.consecutive(data, "J2", 21);
    }
}
