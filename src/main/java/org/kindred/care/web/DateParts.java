package org.kindred.care.web;

import org.kindred.shared.time.UkTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Instant;
import org.kindred.shared.InvalidInput;

/** Reads the GOV.UK date input (day, month, year) and an optional 24-hour time as typed on the care pages. */
final class DateParts {

    private DateParts() {
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }

    /** The date, null when all three parts are blank; a field error when they do not make a real date. */
    static LocalDate date(String day, String month, String year, String field) {
        if (blank(day) && blank(month) && blank(year)) return null;
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            throw InvalidInput.of(field, "Enter a real date, like 27 3 2026");
        }
    }

    /** The moment in UK time, null when the date is blank; the time defaults to midday when left blank. */
    static Instant instant(String day, String month, String year, String time, String field) {
        LocalDate date = date(day, month, year, field);
        if (date == null) return null;
        try {
            LocalTime t = blank(time) ? LocalTime.NOON : LocalTime.parse(time.trim().length() == 4 ? "0" + time.trim() : time.trim());
            return date.atTime(t).atZone(UkTime.ZONE).toInstant();
        } catch (DateTimeException e) {
            throw InvalidInput.of(field, "Enter a time in 24-hour format, like 14:30");
        }
    }
}
