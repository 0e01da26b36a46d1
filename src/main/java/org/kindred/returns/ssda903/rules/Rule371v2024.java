package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A child in semi-independent living (H5) must be at least 16 at the start of the placement. */
@RuleDefinition(code = "371", ruleset = "lac2023_24",
        message = "Child in semi-independent living accommodation not subject to children’s homes regulations should be at least 16.",
        years = {"2023/24"},
        tables = {"Episodes", "Header"}, fields = {"DECOM", "PLACE"})
public class Rule371v2024 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2PlacementChecks.startedTooYoung(data, "H5", 16);
    }
}
