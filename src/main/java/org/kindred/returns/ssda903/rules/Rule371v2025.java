package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A child in supported accommodation (K3) must be at least 16 at the start of the placement. */
@RuleDefinition(code = "371", ruleset = "lac2024_25",
        message = "Child in supported accomodation not subject to children’s homes regulations should be at least 16.",
        years = {"2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "Header"}, fields = {"DECOM", "PLACE"})
public class Rule371v2025 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2PlacementChecks.startedTooYoung(data, "K3", 16);
    }
}
