package org.kindred.insight;

/** How a measure's monthly figure reads, which decides its chart: events as bars, levels and rates as lines. */
public enum MeasureKind {
    /** Events in the month (contacts received): a bar chart. */
    COUNT("Number", false),
    /** How many there were on the month's last day (plans open): a line chart. */
    LEVEL("Number on the last day of the month", true),
    /** A share of a base, in per cent (re-referrals of referrals): a line chart. */
    PERCENT("Per cent", true),
    /** Per 10,000 children of the authority's population: a line chart. */
    RATE("Per 10,000 children", true),
    /** Count over base, such as children per worker (caseloads): a line chart. */
    AVERAGE("Average", true);

    private final String axis;
    private final boolean line;

    MeasureKind(String axis, boolean line) {
        this.axis = axis;
        this.line = line;
    }

    public String axis() { return axis; }

    public boolean line() { return line; }

    /** Whether the figure is a share of a base (the base is then part of every month's figure). */
    public boolean hasBase() { return this != COUNT && this != LEVEL; }

    /** The month's count and base in words, beside the figure in a table ("3 of 12"; "412 over 30"). */
    public String counted(long count, Long base) {
        return count + (this == AVERAGE ? " over " : " of ") + base;
    }

    /** The figure as charted, to one decimal place for a share; null when the base is empty. */
    public Double value(MonthFigure f) {
        if (!hasBase()) {
            return (double) f.count();
        }
        if (f.base() == null || f.base() == 0) {
            return null;
        }
        double per = switch (this) {
            case PERCENT -> 100.0;
            case RATE -> 10_000.0;
            default -> 1.0;
        };
        return Math.round(10 * per * f.count() / f.base()) / 10.0;
    }
}
