package org.kindred.protection.internal;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.time.LocalDate;
import org.kindred.shared.Problems;

/** Typed dates and text for the checks: a field error instead of a failure, GOV.UK style messages. */
final class Checks {
    /** The working-day calendar starts in 2015; nothing earlier can have a clock. */
    static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

    private Checks() {
    }

    static LocalDate today(Clock clock) { return UkTime.today(clock); }

    /** A date that must be given, today or earlier. */
    static LocalDate required(Problems p, String field, LocalDate date, String label, String missing, LocalDate today) {
        if (date == null) {
            p.add(field, missing);
            return null;
        }
        return optional(p, field, date, label, today);
    }

    /** A date that may be left out; when given, today or earlier. */
    static LocalDate optional(Problems p, String field, LocalDate date, String label, LocalDate today) {
        if (date == null) {
            return null;
        } else if (date.isAfter(today)) {
            p.add(field, label + " must be today or in the past");
        } else if (date.isBefore(EARLIEST)) {
            p.add(field, label + " must be in 2015 or later");
        }
        return date;
    }

    /** Adds the error when {@code date} is before {@code earliest} (either may be null: nothing to compare). */
    static void notBefore(Problems p, String field, LocalDate date, LocalDate earliest, String message) {
        if (date != null && earliest != null && date.isBefore(earliest)) p.add(field, message);
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }

    static String trimmed(String s) { return blank(s) ? null : s.trim(); }
}
