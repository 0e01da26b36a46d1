package org.kindred.shared;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private final WorkingDays calendar = WorkingDays.england();

    /** As published at https://www.gov.uk/bank-holidays (England and Wales), written out by hand. */
    private static final Map<Integer, List<LocalDate>> PUBLISHED = Map.ofEntries(
            Map.entry(2015, List.of(of(2015, 1, 1), of(2015, 4, 3), of(2015, 4, 6), of(2015, 5, 4), of(2015, 5, 25),
                    of(2015, 8, 31), of(2015, 12, 25), of(2015, 12, 28))),
            Map.entry(2016, List.of(of(2016, 1, 1), of(2016, 3, 25), of(2016, 3, 28), of(2016, 5, 2), of(2016, 5, 30),
                    of(2016, 8, 29), of(2016, 12, 26), of(2016, 12, 27))),
            Map.entry(2017, List.of(of(2017, 1, 2), of(2017, 4, 14), of(2017, 4, 17), of(2017, 5, 1), of(2017, 5, 29),
                    of(2017, 8, 28), of(2017, 12, 25), of(2017, 12, 26))),
            Map.entry(2018, List.of(of(2018, 1, 1), of(2018, 3, 30), of(2018, 4, 2), of(2018, 5, 7), of(2018, 5, 28),
                    of(2018, 8, 27), of(2018, 12, 25), of(2018, 12, 26))),
            Map.entry(2019, List.of(of(2019, 1, 1), of(2019, 4, 19), of(2019, 4, 22), of(2019, 5, 6), of(2019, 5, 27),
                    of(2019, 8, 26), of(2019, 12, 25), of(2019, 12, 26))),
            Map.entry(2020, List.of(of(2020, 1, 1), of(2020, 4, 10), of(2020, 4, 13), of(2020, 5, 8), of(2020, 5, 25),
                    of(2020, 8, 31), of(2020, 12, 25), of(2020, 12, 28))),
            Map.entry(2021, List.of(of(2021, 1, 1), of(2021, 4, 2), of(2021, 4, 5), of(2021, 5, 3), of(2021, 5, 31),
                    of(2021, 8, 30), of(2021, 12, 27), of(2021, 12, 28))),
            Map.entry(2022, List.of(of(2022, 1, 3), of(2022, 4, 15), of(2022, 4, 18), of(2022, 5, 2), of(2022, 6, 2),
                    of(2022, 6, 3), of(2022, 8, 29), of(2022, 9, 19), of(2022, 12, 26), of(2022, 12, 27))),
            Map.entry(2023, List.of(of(2023, 1, 2), of(2023, 4, 7), of(2023, 4, 10), of(2023, 5, 1), of(2023, 5, 8),
                    of(2023, 5, 29), of(2023, 8, 28), of(2023, 12, 25), of(2023, 12, 26))),
            Map.entry(2024, List.of(of(2024, 1, 1), of(2024, 3, 29), of(2024, 4, 1), of(2024, 5, 6), of(2024, 5, 27),
                    of(2024, 8, 26), of(2024, 12, 25), of(2024, 12, 26))),
            Map.entry(2025, List.of(of(2025, 1, 1), of(2025, 4, 18), of(2025, 4, 21), of(2025, 5, 5), of(2025, 5, 26),
                    of(2025, 8, 25), of(2025, 12, 25), of(2025, 12, 26))),
            Map.entry(2026, List.of(of(2026, 1, 1), of(2026, 4, 3), of(2026, 4, 6), of(2026, 5, 4), of(2026, 5, 25),
                    of(2026, 8, 31), of(2026, 12, 25), of(2026, 12, 28))),
            Map.entry(2027, List.of(of(2027, 1, 1), of(2027, 3, 26), of(2027, 3, 29), of(2027, 5, 3), of(2027, 5, 31),
                    of(2027, 8, 30), of(2027, 12, 27), of(2027, 12, 28))));

    @Test
    void computedHolidaysMatchThePublishedOnes2015To2027() {
        for (int year = 2015; year <= 2027; year++) {
            assertThat(calendar.bankHolidays(year)).as("bank holidays %d", year).isEqualTo(PUBLISHED.get(year));
        }
    }

    @Test
    void everyYearHasEightWeekdayHolidaysExceptTheOneOffs() {
        for (int y = WorkingDays.FIRST_YEAR; y <= WorkingDays.LAST_YEAR; y++) {
            int year = y;
            List<LocalDate> holidays = calendar.bankHolidays(year);
            int expected = year == 2022 ? 10 : year == 2023 ? 9 : 8;
            assertThat(holidays).as("%d", year).hasSize(expected).doesNotHaveDuplicates().isSorted()
                    .allMatch(d -> d.getYear() == year)
                    .allMatch(calendar::isBankHoliday)
                    .noneMatch(calendar::isWorkingDay)
                    .allMatch(d -> d.getDayOfWeek().getValue() <= 5);
        }
    }

    @Test
    void easterByTheComputus() {
        List<LocalDate> easterSundays = List.of(of(2015, 4, 5), of(2016, 3, 27), of(2017, 4, 16), of(2018, 4, 1),
                of(2019, 4, 21), of(2020, 4, 12), of(2021, 4, 4), of(2022, 4, 17), of(2023, 4, 9), of(2024, 3, 31),
                of(2025, 4, 20), of(2026, 4, 5), of(2027, 3, 28), of(2028, 4, 16), of(2029, 4, 1), of(2030, 4, 21),
                of(2031, 4, 13), of(2032, 3, 28), of(2033, 4, 17), of(2034, 4, 9), of(2035, 3, 25));
        for (LocalDate sunday : easterSundays) {
            assertThat(WorkingDays.Rules.easterSunday(sunday.getYear())).isEqualTo(sunday);
            assertThat(calendar.isBankHoliday(sunday.minusDays(2))).isTrue();
            assertThat(calendar.isBankHoliday(sunday.plusDays(1))).isTrue();
        }
    }

    @Test
    void laterYearsFollowTheRules() {
        assertThat(calendar.bankHolidays(2032)).containsExactly(of(2032, 1, 1), of(2032, 3, 26), of(2032, 3, 29),
                of(2032, 5, 3), of(2032, 5, 31), of(2032, 8, 30), of(2032, 12, 27), of(2032, 12, 28));
        assertThat(calendar.bankHolidays(2033)).containsExactly(of(2033, 1, 3), of(2033, 4, 15), of(2033, 4, 18),
                of(2033, 5, 2), of(2033, 5, 30), of(2033, 8, 29), of(2033, 12, 26), of(2033, 12, 27));
        assertThat(calendar.bankHolidays(2035)).containsExactly(of(2035, 1, 1), of(2035, 3, 23), of(2035, 3, 26),
                of(2035, 5, 7), of(2035, 5, 28), of(2035, 8, 27), of(2035, 12, 25), of(2035, 12, 26));
    }

    @Test
    void singleAssessmentFixture_referral22December2026_due26February2027() {
        assertThat(calendar.plusWorkingDays(of(2026, 12, 22), 45)).isEqualTo(of(2027, 2, 26));
        assertThat(calendar.workingDaysBetween(of(2026, 12, 22), of(2027, 2, 26))).isEqualTo(45);
    }

    @Test
    void initialConferenceFixture_strategy30March2026_due22April2026() {
        assertThat(calendar.plusWorkingDays(of(2026, 3, 30), 15)).isEqualTo(of(2026, 4, 22));
        assertThat(calendar.isBankHoliday(of(2026, 4, 3))).isTrue();
        assertThat(calendar.isBankHoliday(of(2026, 4, 6))).isTrue();
    }

    @Test
    void theStartDayIsNotCounted() {
        LocalDate friday = of(2026, 1, 9);
        LocalDate saturday = of(2026, 1, 10);
        assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(of(2026, 1, 12));
        assertThat(calendar.plusWorkingDays(saturday, 1)).isEqualTo(of(2026, 1, 12));
        assertThat(calendar.plusWorkingDays(saturday, 0)).isEqualTo(saturday);
        assertThat(calendar.plusWorkingDays(of(2026, 1, 12), -1)).isEqualTo(friday);
        assertThat(calendar.plusWorkingDays(saturday, -1)).isEqualTo(friday);
        assertThat(calendar.plusWorkingDays(friday, -1)).isEqualTo(of(2026, 1, 8));
        assertThat(calendar.workingDaysBetween(friday, of(2026, 1, 12))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(friday, saturday)).isZero();
        assertThat(calendar.workingDaysBetween(friday, friday)).isZero();
        assertThat(calendar.workingDaysBetween(of(2026, 1, 12), friday)).isEqualTo(-1);
    }

    @Test
    void christmasAndNewYearAreSkipped() {
        // Thursday 24 December 2026 -> Tuesday 29 December (Friday 25 and substitute Monday 28 excluded)
        assertThat(calendar.plusWorkingDays(of(2026, 12, 24), 1)).isEqualTo(of(2026, 12, 29));
        assertThat(calendar.plusWorkingDays(of(2026, 12, 31), 1)).isEqualTo(of(2027, 1, 4));
        assertThat(calendar.isWorkingDay(of(2026, 12, 26))).isFalse();
        assertThat(calendar.isBankHoliday(of(2026, 12, 26))).isFalse();
        assertThat(calendar.isBankHoliday(of(2026, 12, 28))).isTrue();
    }

    @Test
    void refusesDatesOutsideTheCalendar() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(of(2014, 12, 31)))
                .withMessageContaining("2014-12-31").withMessageContaining("2015-01-01 to 2035-12-31");
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.isBankHoliday(of(2036, 1, 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.bankHolidays(2036))
                .withMessageContaining("2015 to 2035");
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.bankHolidays(2014));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.workingDaysBetween(of(2026, 1, 1), of(2036, 1, 2)));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(of(2035, 12, 20), 10))
                .withMessageContaining("outside");
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(of(2015, 1, 5), -3));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(null));
    }

    @Test
    void theEdgesOfTheRangeWork() {
        assertThat(calendar.plusWorkingDays(of(2015, 1, 1), 1)).isEqualTo(of(2015, 1, 2));
        assertThat(calendar.plusWorkingDays(of(2015, 1, 5), -1)).isEqualTo(of(2015, 1, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(of(2015, 1, 2), -1));
        assertThat(calendar.plusWorkingDays(of(2035, 12, 27), 2)).isEqualTo(of(2035, 12, 31));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(of(2035, 12, 27), 3));
        assertThat(calendar.workingDaysBetween(of(2015, 1, 1), of(2035, 12, 31)))
                .isEqualTo(countNaively());
    }

    private int countNaively() {
        int n = 0;
        for (LocalDate d = of(2015, 1, 2); !d.isAfter(of(2035, 12, 31)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !calendar.isBankHoliday(d)) n++;
        }
        return n;
    }

    @Test
    void fiveHundredWorkingDaysIsCheap() {
        long start = System.nanoTime();
        LocalDate d = of(2016, 3, 1);
        for (int i = 0; i < 100_000; i++) d = calendar.plusWorkingDays(of(2016, 3, 1), 500);
        assertThat(d).isAfter(of(2018, 1, 1));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 100,000 calls").isLessThan(5_000);
    }

    @Test
    void aDueDateOnAWeekendOrBankHolidayIsHeldByTheWorkingDayBefore() {
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 20)); // Saturday
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2026, 12, 24)); // Boxing Day moved
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23)); // a Monday
    }
}
