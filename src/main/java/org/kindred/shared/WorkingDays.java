package org.kindred.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Working days in England: Monday to Friday except the bank holidays of England and Wales, for the years
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR} inclusive. Every statutory timescale counted in working days
 * (45 for a single assessment, 15 for an initial child protection conference, ...) uses this calendar.
 *
 * <p>The holidays are computed by rule, as published at https://www.gov.uk/bank-holidays: New Year's Day,
 * Good Friday, Easter Monday, the early May (first Monday), spring (last Monday of May) and summer
 * (last Monday of August) bank holidays, Christmas Day and Boxing Day, with a substitute weekday when one
 * falls on a weekend (Banking and Financial Dealings Act 1971, schedule 1, and the yearly royal
 * proclamations). One-off changes made by royal proclamation: 2020 early May moved to Friday 8 May
 * (VE Day 75); 2022 spring moved to Thursday 2 June, with Friday 3 June added (Platinum Jubilee), and
 * Monday 19 September added (State Funeral of Queen Elizabeth II); 2023 Monday 8 May added (Coronation).
 * A change proclaimed later for a year up to {@value #LAST_YEAR} must be added here.
 *
 * <p>Dates outside the range are refused with an {@link IllegalArgumentException}, never answered wrongly.
 * All lookups are constant time over arrays built once.
 */
public final class WorkingDays {
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2035;
    private static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);
    private static final long FIRST_EPOCH_DAY = FIRST_DAY.toEpochDay();
    private static final WorkingDays ENGLAND = new WorkingDays();

    /** Bank holidays per year, index year - FIRST_YEAR. */
    private final List<List<LocalDate>> holidaysByYear = new ArrayList<>();
    private final boolean[] bankHoliday;
    /** workingUpTo[i]: working days in [FIRST_DAY, FIRST_DAY + i]. */
    private final int[] workingUpTo;
    /** workingDay[k]: offset from FIRST_DAY of the (k+1)-th working day. */
    private final int[] workingDay;

    private WorkingDays() {
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_EPOCH_DAY + 1);
        bankHoliday = new boolean[days];
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            List<LocalDate> holidays = Rules.holidays(year);
            holidaysByYear.add(holidays);
            holidays.forEach(d -> bankHoliday[offset(d)] = true);
        }
        workingUpTo = new int[days];
        int[] working = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            if (!isWeekend(FIRST_DAY.plusDays(i)) && !bankHoliday[i]) working[count++] = i;
            workingUpTo[i] = count;
        }
        workingDay = Arrays.copyOf(working, count);
    }

    /** The calendar of England (bank holidays of England and Wales). */
    public static WorkingDays england() {
        return ENGLAND;
    }

    /** True for Monday to Friday when not a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        int i = offset(date);
        return !isWeekend(date) && !bankHoliday[i];
    }

    /** True on a bank holiday, including a substitute day and the one-off holidays. */
    public boolean isBankHoliday(LocalDate date) {
        return bankHoliday[offset(date)];
    }

    /**
     * The last working day on or before {@code date}: a meeting due on a Saturday or a bank holiday is held by then
     * to stay within its statutory interval.
     */
    public LocalDate onOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, -1);
    }

    /**
     * The date {@code n} working days after {@code start}; the start day itself is never counted, so
     * {@code n} = 1 is the next working day whatever {@code start} is. {@code n} = 0 gives {@code start}
     * unchanged; a negative {@code n} counts back: -1 is the last working day before {@code start}.
     *
     * @throws IllegalArgumentException if {@code start} or the answer falls outside the calendar's years
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        int i = offset(start);
        if (n == 0) return start;
        int before = workingUpTo[i] - (isWorkingDay(start) ? 1 : 0);
        long k = n > 0 ? (long) workingUpTo[i] + n - 1 : (long) before + n;
        if (k < 0 || k >= workingDay.length) {
            throw new IllegalArgumentException(n + " working days from " + start + " falls outside the working-day"
                    + " calendar, which covers " + FIRST_DAY + " to " + LAST_DAY);
        }
        return FIRST_DAY.plusDays(workingDay[(int) k]);
    }

    /**
     * The working days after {@code from} up to and including {@code to}: Friday to the next Monday is 1,
     * a date to itself is 0. When {@code to} is before {@code from} the answer is minus the count from
     * {@code to} to {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingUpTo[offset(to)] - workingUpTo[offset(from)];
    }

    /** The bank holidays of {@code year}, in date order (unmodifiable). */
    public List<LocalDate> bankHolidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("No bank holidays known for " + year
                    + ": the working-day calendar covers " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return holidaysByYear.get(year - FIRST_YEAR);
    }

    private static int offset(LocalDate date) {
        if (date == null) throw new IllegalArgumentException("date is required");
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException(date + " is outside the working-day calendar, which covers "
                    + FIRST_DAY + " to " + LAST_DAY);
        }
        return (int) (date.toEpochDay() - FIRST_EPOCH_DAY);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The England and Wales bank holiday rules. */
    static final class Rules {
        private Rules() {}

        static List<LocalDate> holidays(int year) {
            List<LocalDate> days = new ArrayList<>();
            days.add(nextWeekday(LocalDate.of(year, 1, 1)));
            LocalDate easter = easterSunday(year);
            days.add(easter.minusDays(2));
            days.add(easter.plusDays(1));
            days.add(year == 2020 ? LocalDate.of(2020, 5, 8) : firstMonday(year, Month.MAY));
            days.add(year == 2022 ? LocalDate.of(2022, 6, 2) : lastMonday(year, Month.MAY));
            days.add(lastMonday(year, Month.AUGUST));
            LocalDate christmas = nextWeekday(LocalDate.of(year, 12, 25));
            days.add(christmas);
            days.add(nextWeekday(christmas.plusDays(1)));
            if (year == 2022) {
                days.add(LocalDate.of(2022, 6, 3));
                days.add(LocalDate.of(2022, 9, 19));
            }
            if (year == 2023) days.add(LocalDate.of(2023, 5, 8));
            days.sort(null);
            return List.copyOf(days);
        }

        /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
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
            int day = (h + l - 7 * m + 114) % 31 + 1;
            return LocalDate.of(year, month, day);
        }

        private static LocalDate nextWeekday(LocalDate date) {
            return isWeekend(date) ? date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : date;
        }

        private static LocalDate firstMonday(int year, Month month) {
            return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }

        private static LocalDate lastMonday(int year, Month month) {
            return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        }
    }
}
