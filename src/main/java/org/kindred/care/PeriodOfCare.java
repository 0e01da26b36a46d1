package org.kindred.care;

import java.time.LocalDate;
import java.util.List;

/** A continuous period of being looked after: its episodes, from the one started S to the one ceased other than X1. */
public record PeriodOfCare(LocalDate started, LocalDate ended, boolean planned, List<Episode> episodes) {
    public boolean open() { return ended == null; }

    public Episode current() { return episodes.get(episodes.size() - 1); }

    public DateSpan span() { return new DateSpan(started, ended); }
}
