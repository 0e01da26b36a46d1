package org.kindred.recruitment;

/** Where an applicant has got to, in the order they go through; WITHDRAWN ends it at any point before a start. */
public enum Stage {
    APPLIED("Applied"),
    CONTACTED("Contacted"),
    SHORTLISTED("Shortlisted"),
    INTERVIEWED("Interviewed"),
    OFFERED("Offered"),
    STARTED("Started"),
    WITHDRAWN("Withdrawn");

    private final String label;

    Stage(String label) { this.label = label; }

    public String label() { return label; }

    /** The step after this one, or null at the end. */
    public Stage next() {
        return switch (this) {
            case APPLIED -> CONTACTED;
            case CONTACTED -> SHORTLISTED;
            case SHORTLISTED -> INTERVIEWED;
            case INTERVIEWED -> OFFERED;
            case OFFERED -> STARTED;
            default -> null;
        };
    }
}
