package org.kindred.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kindred.shared.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * For pages, as {@code @dueDates}: a due date that falls on a weekend or bank holiday is shown with the working day
 * to hold the meeting by (fragments/due.html), so a review is never planned for a day the office is closed.
 */
@Component("dueDates")
public class DueDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** The working day before a non-working due date, in words; null when the date is a working day. */
    public String holdBy(LocalDate due) {
        if (due == null || WorkingDays.england().isWorkingDay(due)) return null;
        return DAY.format(WorkingDays.england().onOrBefore(due));
    }
}
