package org.kindred.returns.ssda903.rules.placements;

import static org.kindred.returns.ssda903.rules.kit.Part3Support.*;

import org.kindred.returns.ssda903.rules.kit.RowRule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.Table;

/** A placement distance over 350 miles is queried (999.9 means not known). */
@RuleDefinition(code = "454", ruleset = "lac2025_26",
        message = "Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]",
        years = {"2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"PL_DISTANCE"})
public class Rule454 extends RowRule {
    @Override
    public boolean fails(Table episodes, int r) {
        Double distance = number(episodes.get(r, "PL_DISTANCE"));
        return distance != null && distance > 350 && distance != 999.9;
    }
}
