package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleResult;

/** A child placed in independent living (P2) must be at least 15 at the start of the placement. */
@RuleDefinition(code = "370", ruleset = "lac2022_23",
        message = "Child in independent living should be at least 15.",
        years = {"2022/23"},
        tables = {"Episodes", "Header"}, fields = {"DECOM", "PLACE"})
public class Rule370 implements Rule {
    @Override
    public RuleResult check(ReturnData data) {
        return Part2PlacementChecks.startedTooYoung(data, "P2", 15);
    }
}
