package org.kindred.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A span of days from {@code start} up to but not including {@code end}; an open span ({@code end} null) is still
 * running. SSDA903 counts a child as looked after from DECOM to the day before DEC.
 */
public record DateSpan(LocalDate start, LocalDate end) {
    public boolean open() { return end == null; }

    /** Days of this span inside [from, to). */
    public long daysWithin(LocalDate from, LocalDate to) {
        LocalDate s = start.isAfter(from) ? start : from;
        LocalDate e = end == null || end.isAfter(to) ? to : end;
        return Math.max(0, ChronoUnit.DAYS.between(s, e));
    }

    /** True when any day of this span falls inside [from, to]. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || end.isAfter(from));
    }

    public boolean covers(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }
}
