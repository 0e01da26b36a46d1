package org.kindred.workforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.shared.WorkingDays;

class SuggestedVisitDateTest {
    private static final WorkingDays DAYS = WorkingDays.england();

    @Test
    void theWorkingDayBeforeTheDueDateThatIsNotTheAdminDay() {
        // Due Monday 14 December 2026: the Friday before is the admin day, so Thursday 10th.
        assertThat(SuggestedVisitDate.before(LocalDate.of(2026, 12, 14), DayOfWeek.FRIDAY, DAYS))
                .isEqualTo(LocalDate.of(2026, 12, 10));
        // With no admin day, Friday 11th.
        assertThat(SuggestedVisitDate.before(LocalDate.of(2026, 12, 14), null, DAYS))
                .isEqualTo(LocalDate.of(2026, 12, 11));
        // Due Wednesday 16th with a Friday admin day: Tuesday 15th.
        assertThat(SuggestedVisitDate.before(LocalDate.of(2026, 12, 16), DayOfWeek.FRIDAY, DAYS))
                .isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void bankHolidaysAreSkippedAsTheStatutoryClocksSkipThem() {
        // Due Tuesday 29 December 2026: Monday 28th is the Boxing Day substitute, Christmas Day is Friday 25th,
        // Friday is also the admin day: Thursday 24th.
        assertThat(SuggestedVisitDate.before(LocalDate.of(2026, 12, 29), DayOfWeek.FRIDAY, DAYS))
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }
}
