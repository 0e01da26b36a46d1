package org.kindred.protection;

import java.util.Optional;
import org.kindred.shared.Codes;

/** What a strategy discussion decided: start a section 47 enquiry or not. */
public enum StrategyDecision {
    SECTION_47("Start a section 47 enquiry"),
    NO_SECTION_47("No section 47 enquiry");

    private final String label;

    StrategyDecision(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<StrategyDecision> fromName(String name) {
        return Codes.byName(StrategyDecision.class, name);
    }
}
