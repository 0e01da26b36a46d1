package org.kindred.returns.cin.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in England: weekdays that are not bank holidays. Bank holidays are computed (New Year, Easter,
 * the May and August Mondays, Christmas, with weekend substitutes) plus the one-off changes the government made.
 * Stepping back or forward counts working days as pandas' custom business day offsets do.
 */
final class WorkingDays {
    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !bankHolidays(d.getYear()).contains(d);
    }

    /**
     * The reference validator's "date minus n working days": counted inclusively, so the offset moves back n - 1
     * working days from d (first rolled back to a working day); for n = 1 it is d itself, or the next working
     * day when d is not one.
     */
    static LocalDate minus(LocalDate d, int n) {
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

    static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate earlyMay = LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        if (year == 1995 || year == 2020) {
            earlyMay = LocalDate.of(year, 5, 8);
        }
        days.add(earlyMay);
        LocalDate spring = LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        if (year == 2002) {
            spring = LocalDate.of(2002, 6, 4);
        } else if (year == 2012) {
            spring = LocalDate.of(2012, 6, 4);
        } else if (year == 2022) {
            spring = LocalDate.of(2022, 6, 2);
        }
        days.add(spring);
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        if (christmas.getDayOfWeek() == DayOfWeek.SATURDAY) {
            days.add(LocalDate.of(year, 12, 27));
            days.add(LocalDate.of(year, 12, 28));
        } else if (christmas.getDayOfWeek() == DayOfWeek.SUNDAY) {
            days.add(boxing);
            days.add(LocalDate.of(year, 12, 27));
        } else if (christmas.getDayOfWeek() == DayOfWeek.FRIDAY) {
            days.add(christmas);
            days.add(LocalDate.of(year, 12, 28));
        } else {
            days.add(christmas);
            days.add(boxing);
        }
        // One-off bank holidays.
        for (LocalDate special : new LocalDate[] {LocalDate.of(1999, 12, 31), LocalDate.of(2002, 6, 3),
            LocalDate.of(2011, 4, 29), LocalDate.of(2012, 6, 5), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19),
            LocalDate.of(2023, 5, 8)}) {
            if (special.getYear() == year) {
                days.add(special);
            }
        }
        return days;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate d) {
        LocalDate current = d;
        while (current.getDayOfWeek() == DayOfWeek.SATURDAY || current.getDayOfWeek() == DayOfWeek.SUNDAY) {
            current = current.plusDays(1);
        }
        return current;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm. */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
