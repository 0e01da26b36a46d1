package org.kindred.returns.ssda903.rules;

import java.util.Set;
import org.kindred.returns.validation.RuleDefinition;

/**
 * For placements of type H5, K1, K2, R3 or S1 with a URN, the placement postcode must be the provider's
 * postcode in the Ofsted list.
 */
@RuleDefinition(code = "221", ruleset = "lac2023_24",
        message = "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.",
        years = {"2023/24"},
        tables = {"Episodes", "Provider Info"}, fields = {"PL_POST"})
public class Rule221v2024 extends Rule221 {

    public Rule221v2024() {
        super(Set.of("H5", "K1", "K2", "R3", "S1"));
    }
}
