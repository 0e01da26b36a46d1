package org.kindred.protection;

import java.util.Optional;
import org.kindred.shared.Codes;

/**
 * How a section 47 enquiry ended. The CIN census records it as {@code ICPCnotRequired} ("1" when no initial
 * conference is needed, "0" when one is); the three outcomes are those of Working Together 2023, chapter 2.
 */
public enum Section47Outcome {
    NOT_SUBSTANTIATED("Concerns not substantiated", "1"),
    SUBSTANTIATED_NO_CONFERENCE("Concerns substantiated, no conference needed", "1"),
    CONFERENCE_NEEDED("Concerns substantiated, initial conference needed", "0");

    private final String label;
    private final String icpcNotRequired;

    Section47Outcome(String label, String icpcNotRequired) {
        this.label = label;
        this.icpcNotRequired = icpcNotRequired;
    }

    public String label() { return label; }

    /** The CIN census {@code ICPCnotRequired} code. */
    public String icpcNotRequired() { return icpcNotRequired; }

    public static Optional<Section47Outcome> fromName(String name) {
        return Codes.byName(Section47Outcome.class, name);
    }
}
