package org.kindred.protection;

import java.util.Arrays;
import java.util.Optional;

/** Why a strategy discussion was held: an assessment's outcome, a contact where harm is suspected, an open child. */
public enum StrategyRoute {
    ASSESSMENT("From an assessment"),
    CONTACT("From a contact: significant harm suspected"),
    OPEN_CASE("Child already open to children's social care");

    private final String label;

    StrategyRoute(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<StrategyRoute> fromName(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim().toUpperCase();
        return Arrays.stream(values()).filter(r -> r.name().equals(n)).findFirst();
    }
}
