package org.kindred.protection;

import java.util.Arrays;
import java.util.Optional;

/** An initial child protection conference (after a section 47 enquiry) or a review conference (of a plan). */
public enum ConferenceType {
    INITIAL("Initial child protection conference"),
    REVIEW("Review child protection conference");

    private final String label;

    ConferenceType(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<ConferenceType> fromName(String name) {
        if (name == null) return Optional.empty();
        String n = name.trim().toUpperCase();
        return Arrays.stream(values()).filter(t -> t.name().equals(n)).findFirst();
    }
}
