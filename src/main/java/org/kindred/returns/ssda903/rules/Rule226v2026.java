package org.kindred.returns.ssda903.rules;

import org.kindred.returns.validation.RuleDefinition;

/** A temporary placement (T0-T4) must have no reason for placement change, nor may the child's previous episode. */
@RuleDefinition(code = "226", ruleset = "lac2025_26",
        message = "Reason for placement change is not required for temporary placements.",
        years = {"2025/26", "2026/27"},
        tables = {"Episodes"}, fields = {"REASON_PLACE_CHANGE", "PLACE"})
public class Rule226v2026 extends Rule226 {
    // The check is unchanged from Rule226; only the years in force differ.
}
