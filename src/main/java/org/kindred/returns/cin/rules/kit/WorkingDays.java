package org.kindred.returns.cin.rules.kit;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days as the CIN rules count them: stepping back counts as pandas' custom business day offsets do,
 * over Kindred's shared bank-holiday calendar.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    /**
     * Kindred's one calendar of England and Wales bank holidays; dates outside its range (which only junk
     * in a return produces) count weekdays alone, so a rule never fails on them.
     */
    public static boolean isWorkingDay(LocalDate d) {
        try {
            return org.kindred.shared.WorkingDays.england().isWorkingDay(d);
        } catch (IllegalArgumentException outsideCalendar) {
            DayOfWeek w = d.getDayOfWeek();
            return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
        }
    }

    /**
     * The reference validator's "date minus n working days": counted inclusively, so the offset moves back n - 1
     * working days from d (first rolled back to a working day); for n = 1 it is d itself, or the next working
     * day when d is not one.
     */
    public static LocalDate minus(LocalDate d, int n) {
        LocalDate current = d;
        if (n <= 1) {
            while (!isWorkingDay(current)) {
                current = current.plusDays(1);
            }
            return current;
        }
        while (!isWorkingDay(current)) {
            current = current.minusDays(1);
        }
        int counted = 0;
        while (counted < n - 1) {
            current = current.minusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }
}
