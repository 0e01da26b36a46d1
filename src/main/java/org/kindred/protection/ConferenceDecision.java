package org.kindred.protection;

import java.util.Optional;
import org.kindred.shared.Codes;

/** A conference's decision: an initial conference makes a plan or not; a review continues or ends the plan. */
public enum ConferenceDecision {
    PLAN("Child protection plan", ConferenceType.INITIAL),
    NO_PLAN("No child protection plan", ConferenceType.INITIAL),
    CONTINUE_PLAN("Plan continues", ConferenceType.REVIEW),
    END_PLAN("Plan ends", ConferenceType.REVIEW);

    private final String label;
    private final ConferenceType type;

    ConferenceDecision(String label, ConferenceType type) {
        this.label = label;
        this.type = type;
    }

    public String label() { return label; }

    /** The kind of conference that can make this decision. */
    public ConferenceType type() { return type; }

    public static Optional<ConferenceDecision> fromName(String name) {
        return Codes.byName(ConferenceDecision.class, name);
    }
}
