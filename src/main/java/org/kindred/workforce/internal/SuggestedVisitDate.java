package org.kindred.workforce.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.kindred.shared.WorkingDays;

/**
 * The visit date Kindred suggests: the last working day before the due date (England's bank holidays and weekends
 * skipped, as the statutory clocks count) that is not the team's protected admin day, so a visit is neither late nor
 * booked on the day the team keeps for recording.
 */
final class SuggestedVisitDate {
    private SuggestedVisitDate() {
    }

    static LocalDate before(LocalDate due, DayOfWeek adminDay, WorkingDays days) {
        LocalDate d = due.minusDays(1);
        while (!days.isWorkingDay(d) || d.getDayOfWeek() == adminDay) {
            d = d.minusDays(1);
        }
        return d;
    }
}
