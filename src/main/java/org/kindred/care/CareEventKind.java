package org.kindred.care;

/** What a worker records; the SSDA903 episodes are derived from these, never typed in. */
public enum CareEventKind {
    CAME_INTO_CARE("Came into care"),
    PLACEMENT_CHANGE("Placement changed"),
    LEGAL_STATUS_CHANGE("Legal status changed"),
    LEFT_CARE("Left care");

    private final String label;

    CareEventKind(String label) { this.label = label; }

    public String label() { return label; }
}
