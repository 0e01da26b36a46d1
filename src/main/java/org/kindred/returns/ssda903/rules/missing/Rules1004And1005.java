package org.kindred.returns.ssda903.rules.missing;

import org.kindred.returns.ssda903.rules.kit.DateFieldVersion;
import org.kindred.returns.validation.RuleDefinition;

/** The start date of a missing or away period (1004) must be a valid date, and its end date (1005) where given. */
public class Rules1004And1005 extends DateFieldVersion {
    public Rules1004And1005(RuleDefinition definition) {
        super(definition, "1004");
    }
}
