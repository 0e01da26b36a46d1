package org.kindred.protection;

import java.util.Optional;
import org.kindred.shared.Codes;

/** Why a strategy discussion was held: an assessment's outcome, a contact where harm is suspected, an open child. */
public enum StrategyRoute {
    ASSESSMENT("From an assessment"),
    CONTACT("From a contact: significant harm suspected"),
    OPEN_CASE("Child already open to children's social care");

    private final String label;

    StrategyRoute(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<StrategyRoute> fromName(String name) {
        return Codes.byName(StrategyRoute.class, name);
    }
}
