package org.kindred.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Dates from 2017-03-01 to 2033-10-31 leave room for 500 working days either way inside the calendar. */
class WorkingDaysPropertiesTest {
    private static final LocalDate FROM = LocalDate.of(2017, 3, 1);
    private static final LocalDate TO = LocalDate.of(2033, 10, 31);
    private final WorkingDays calendar = WorkingDays.england();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FROM.toEpochDay(), TO.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Property
    void aPositiveStepLandsOnAWorkingDay(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 500) int n) {
        assertThat(calendar.isWorkingDay(calendar.plusWorkingDays(d, n))).isTrue();
        assertThat(calendar.isWorkingDay(calendar.plusWorkingDays(d, -n))).isTrue();
    }

    @Property
    void betweenUndoesPlus(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 500) int n) {
        assertThat(calendar.workingDaysBetween(d, calendar.plusWorkingDays(d, n))).isEqualTo(n);
    }

    @Property
    void plusIsStrictlyIncreasingInN(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -500, max = 499) int n) {
        assertThat(calendar.plusWorkingDays(d, n + 1)).isAfter(calendar.plusWorkingDays(d, n));
    }

    @Property
    void plusThenMinusReturnsToTheWorkingDayOnOrBefore(@ForAll("dates") LocalDate d,
            @ForAll @IntRange(min = 1, max = 500) int n) {
        LocalDate onOrBefore = d;
        while (!calendar.isWorkingDay(onOrBefore)) onOrBefore = onOrBefore.minusDays(1);
        assertThat(calendar.plusWorkingDays(calendar.plusWorkingDays(d, n), -n)).isEqualTo(onOrBefore);
    }

    @Property
    void agreesWithADayByDayLoop(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -500, max = 500) int n) {
        LocalDate expected = d;
        int step = Integer.signum(n);
        for (int left = Math.abs(n); left > 0; ) {
            expected = expected.plusDays(step);
            if (naiveWorkingDay(expected)) left--;
        }
        assertThat(calendar.plusWorkingDays(d, n)).isEqualTo(expected);
    }

    @Property
    void betweenAgreesWithADayByDayCountAndIsAntisymmetric(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        LocalDate from = a.isBefore(b) ? a : b;
        LocalDate to = a.isBefore(b) ? b : a;
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (naiveWorkingDay(d)) count++;
        }
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(count);
        assertThat(calendar.workingDaysBetween(to, from)).isEqualTo(-count);
    }

    @Property
    void aWorkingDayIsAWeekdayThatIsNotABankHoliday(@ForAll("dates") LocalDate d) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        assertThat(calendar.isWorkingDay(d)).isEqualTo(!weekend && !calendar.isBankHoliday(d));
    }

    /** Independent of the calendar's arrays: weekdays not in that year's published list. */
    private boolean naiveWorkingDay(LocalDate d) {
        return d.getDayOfWeek().getValue() <= 5 && !calendar.bankHolidays(d.getYear()).contains(d);
    }
}
