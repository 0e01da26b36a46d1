package org.kindred.workforce;

/**
 * The ASYE's reviews as Skills for Care's ASYE framework sets them: at 3 months (initial), 6 months (interim) and
 * the final assessment at the end of the year, each dated from the ASYE's start.
 */
public enum AsyeReviewKind {
    THREE_MONTH("3-month review", 3),
    SIX_MONTH("6-month review", 6),
    FINAL("Final review", 12);

    private final String label;
    private final int months;

    AsyeReviewKind(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() { return label; }

    public int months() { return months; }
}
