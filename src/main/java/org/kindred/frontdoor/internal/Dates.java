package org.kindred.frontdoor.internal;

import org.kindred.shared.DateInput;
import org.kindred.shared.time.UkTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.shared.Problems;

/** Parses typed dates for the checks, adding a field error instead of failing. */
final class Dates {
    /** The working-day calendar starts in 2015; nothing earlier can have a clock. */
    static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

    private Dates() {
    }

    static Instant instant(Problems p, String field, String text, String label) {
        if (blank(text)) return null;
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).atZone(UkTime.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                p.add(field, label + " must be a real date and time");
                return null;
            }
        }
    }

    static LocalDate date(Problems p, String field, String text, String label) {
        return DateInput.iso(p, field, text, label);
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }

    static String trimmed(String s) { return blank(s) ? null : s.trim(); }
}
