package org.kindred.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.shared.WorkingDays;

/** Helpers for measures counted by month in SQL: the bounds to bind, and every month filled in. */
public final class Months {
    private Months() {
    }

    /**
     * SQL giving each month of the range as {@code month} (its first day), {@code month_end} (its last day):
     * bind {@code :first} and {@code :last} with {@link #first(YearMonth)} and {@link #last(YearMonth)}.
     */
    public static final String SERIES = """
            (select m::date as month, (m + interval '1 month' - interval '1 day')::date as month_end
             from generate_series(cast(:first as date), cast(:last as date), interval '1 month') m)""";

    public static LocalDate first(YearMonth from) { return from.atDay(1); }

    public static LocalDate last(YearMonth to) { return to.atEndOfMonth(); }

    /** The first day of the month {@code dateColumn} falls in, as SQL, for grouping. */
    public static String monthOf(String dateColumn) {
        return "cast(date_trunc('month', " + dateColumn + ") as date)";
    }

    /**
     * SQL counting England's working days after the date {@code from} up to and including {@code to} (a weekend or
     * bank holiday is not one): bind {@code :bank_holidays} with {@link #bankHolidays(YearMonth, YearMonth)}. Weekdays
     * by arithmetic (weekdays since Monday 1 January 1900, one minus the other), less the bank holidays between: no
     * series of days per row, which cost a minute for five years of assessments.
     */
    public static String workingDaysAfter(String from, String to) {
        return "(" + weekdaysSince1900(to) + " - " + weekdaysSince1900(from)
                + " - (select count(*) from unnest(cast(:bank_holidays as date[])) bh where bh > " + from + " and bh <= "
                + to + " and extract(isodow from bh) < 6))";
    }

    /** Weekdays from Monday 1 January 1900 up to and including {@code day}. */
    private static String weekdaysSince1900(String day) {
        String days = "(" + day + " - date '1900-01-01')";
        return "(5 * (" + days + " / 7) + least(" + days + " % 7 + 1, 5))";
    }

    /** SQL for the weekday after the date {@code day} (Friday, Saturday and Sunday give Monday). */
    public static String nextWeekday(String day) {
        return "(" + day + " + case cast(extract(isodow from " + day + ") as int) when 5 then 3 when 6 then 2 else 1 end)";
    }

    /** SQL true when the date {@code day} is one of England's working days (bind {@code :bank_holidays}). */
    public static String isWorkingDay(String day) {
        return "(extract(isodow from " + day + ") < 6 and cast(" + day + " as date) <> all(cast(:bank_holidays as date[])))";
    }

    /** England's bank holidays (ISO dates, for a {@code date[]}) from a year before the range to a year after it (deadlines run past a month). */
    public static String[] bankHolidays(YearMonth from, YearMonth to) {
        List<LocalDate> days = new ArrayList<>();
        for (int y = from.getYear() - 1; y <= to.getYear() + 1; y++) {
            try {
                days.addAll(WorkingDays.england().bankHolidays(y));
            } catch (IllegalArgumentException beyondTheCalendar) {
                // Years the calendar does not cover have no known bank holidays: weekends still count.
            }
        }
        return days.stream().map(LocalDate::toString).toArray(String[]::new);
    }

    /** Every month of the range, in order, taking the figures found and 0 (out of 0 for a rate) for the rest. */
    public static List<MonthFigure> fill(YearMonth from, YearMonth to, List<MonthFigure> found, boolean rate) {
        Map<YearMonth, MonthFigure> byMonth = new HashMap<>();
        found.forEach(f -> byMonth.put(f.month(), f));
        List<MonthFigure> all = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            all.add(byMonth.getOrDefault(m, new MonthFigure(m, 0, rate ? 0L : null)));
        }
        return all;
    }
}
