package org.kindred.workforce;

/** What a review found: on track or with concerns at 3 and 6 months; passed or not passed at the final review. */
public enum AsyeOutcome {
    ON_TRACK("On track", false),
    CONCERNS("Concerns: a support plan is agreed", false),
    PASSED("Passed", true),
    NOT_PASSED("Not passed", true);

    private final String label;
    private final boolean finalOutcome;

    AsyeOutcome(String label, boolean finalOutcome) {
        this.label = label;
        this.finalOutcome = finalOutcome;
    }

    public String label() { return label; }

    /** Whether the outcome belongs to the final review (and only there). */
    public boolean fits(AsyeReviewKind review) { return finalOutcome == (review == AsyeReviewKind.FINAL); }
}
