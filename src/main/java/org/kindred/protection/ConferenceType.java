package org.kindred.protection;

import java.util.Optional;
import org.kindred.shared.Codes;

/** An initial child protection conference (after a section 47 enquiry) or a review conference (of a plan). */
public enum ConferenceType {
    INITIAL("Initial child protection conference"),
    REVIEW("Review child protection conference");

    private final String label;

    ConferenceType(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<ConferenceType> fromName(String name) {
        return Codes.byName(ConferenceType.class, name);
    }
}
