package org.kindred.returns.ssda903.rules.liberty;

import org.kindred.returns.ssda903.rules.kit.DateFieldVersion;
import org.kindred.returns.validation.RuleDefinition;

/** The DoLO start date (700) must be a valid date, and its end date (701) where given. */
@RuleDefinition(code = "700", ruleset = "lac2026_27",
        message = "The start date of the DoLO is not a valid date.",
        years = {"2026/27"},
        tables = {"DoLo"}, fields = {"DOLO_START"})
@RuleDefinition(code = "701", ruleset = "lac2026_27",
        message = "The end date of the DoLO is not a valid date.",
        years = {"2026/27"},
        tables = {"DoLo"}, fields = {"DOLO_END"})
public class Rules700And701 extends DateFieldVersion {
    public Rules700And701(RuleDefinition definition) {
        super(definition, "700");
    }
}
