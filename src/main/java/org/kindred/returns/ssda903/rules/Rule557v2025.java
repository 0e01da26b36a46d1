package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/** A child placed for adoption or under a placement order who left care without being adopted needs the adoption decision closed. */
@RuleDefinition(code = "557", ruleset = "lac2024_25",
        message = "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.",
        years = {"2024/25", "2025/26", "2026/27"},
        tables = {"Episodes", "PlacedAdoption"}, fields = {"DATE_PLACED_CEASED", "REASON_PLACED_CEASED", "PLACE", "LS", "REC"})
public class Rule557v2025 extends Rule557 {

    public Rule557v2025() {
        super(Set.of("E1"));
    }
}
