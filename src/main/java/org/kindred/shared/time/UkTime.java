package org.kindred.shared.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * UK time (Europe/London, with summer time) in one place: the zone, "today" by a clock, an instant's UK date, a
 * UK date and time as an instant, and the two ways a date is written (forms and letters "7 December 2026", the DfE's
 * and partners' "07/12/2026").
 */
public final class UkTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private UkTime() {
    }

    /** Today's date in the UK by this clock. */
    public static LocalDate today(Clock clock) { return LocalDate.now(clock.withZone(ZONE)); }

    /** The UK date of a moment; null stays null. */
    public static LocalDate date(Instant at) { return at == null ? null : at.atZone(ZONE).toLocalDate(); }

    /** A UK date and time of day as a moment (the earlier one when the clocks go back). */
    public static Instant instant(LocalDate date, LocalTime time) { return date.atTime(time).atZone(ZONE).toInstant(); }

    /** The first moment of a UK day. */
    public static Instant startOf(LocalDate date) { return date.atStartOfDay(ZONE).toInstant(); }

    /** "7 December 2026"; empty for no date. */
    public static String written(LocalDate date) { return date == null ? "" : WRITTEN.format(date); }

    /** "07/12/2026"; empty for no date. */
    public static String numeric(LocalDate date) { return date == null ? "" : NUMERIC.format(date); }

    /** Reads "07/12/2026" (or "7/12/2026"); null for blank text. */
    public static LocalDate fromNumeric(String text) {
        if (text == null || text.isBlank()) return null;
        String[] parts = text.strip().split("/");
        if (parts.length != 3) throw new DateTimeException("Not a dd/MM/yyyy date: " + text);
        try {
            return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        } catch (NumberFormatException e) {
            throw new DateTimeException("Not a dd/MM/yyyy date: " + text, e);
        }
    }
}
