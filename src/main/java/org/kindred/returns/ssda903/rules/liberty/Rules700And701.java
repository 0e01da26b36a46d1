package org.kindred.returns.ssda903.rules.liberty;

import org.kindred.returns.ssda903.rules.kit.DateFieldVersion;
import org.kindred.returns.validation.RuleDefinition;

/** The DoLO start date (700) must be a valid date, and its end date (701) where given. */
public class Rules700And701 extends DateFieldVersion {
    public Rules700And701(RuleDefinition definition) {
        super(definition, "700");
    }
}
