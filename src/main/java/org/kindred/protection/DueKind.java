package org.kindred.protection;

/** What falls due on this module's statutory and local clocks, in a worker's words. */
public enum DueKind {
    INITIAL_CONFERENCE("Initial child protection conference", true),
    REVIEW_CONFERENCE("Review child protection conference", true),
    CORE_GROUP("Core group meeting", true),
    VISIT("Visit to the child on a plan", false),
    CIN_PLAN_REVIEW("Child in need plan review", false);

    private final String label;
    private final boolean managerView;

    DueKind(String label, boolean managerView) {
        this.label = label;
        this.managerView = managerView;
    }

    public String label() { return label; }

    /** Shown on the team manager's view of conferences and core groups. */
    public boolean managerView() { return managerView; }
}
