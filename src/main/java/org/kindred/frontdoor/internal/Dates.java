package org.kindred.frontdoor.internal;

import java.time.LocalDate;

/** Small helpers for the checks: the earliest date with a clock, blank and trimmed text. */
final class Dates {
    /** The working-day calendar starts in 2015; nothing earlier can have a clock. */
    static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

    private Dates() {
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }

    static String trimmed(String s) { return blank(s) ? null : s.trim(); }
}
