package org.kindred.care.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.kindred.shared.DateInput;
import org.kindred.shared.Problems;
import org.kindred.shared.time.UkTime;

/** The care pages' GOV.UK date inputs (read with the kit's {@link DateInput}) and an optional 24-hour time. */
final class DateParts {
    private DateParts() {
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }

    /** The date, null when all three parts are blank; a field error when they do not make a real date. */
    static LocalDate date(String day, String month, String year, String field) {
        Problems problems = new Problems();
        LocalDate date = new DateInput(day, month, year).read(problems, field, "The date");
        problems.throwIfAny();
        return date;
    }

    /** The moment in UK time, null when the date is blank; the time defaults to midday when left blank. */
    static Instant instant(String day, String month, String year, String time, String field) {
        LocalDate date = date(day, month, year, field);
        if (date == null) return null;
        Problems problems = new Problems();
        LocalTime t = blank(time) ? LocalTime.NOON : DateInput.time(problems, field, time);
        problems.throwIfAny();
        return UkTime.instant(date, t);
    }
}
