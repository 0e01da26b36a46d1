package org.kindred.care;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Care Planning, Placement and Case Review (England) Regulations 2010, reg. 33: 20 working days, 3 months, 6 months. */
class LookedAfterReviewScheduleTest {

    @Test
    void theFirstReviewIsWithinTwentyWorkingDaysOfComingIntoCare() {
        assertThat(LookedAfterReviewSchedule.nextDue(of(2026, 9, 7), List.of())).isEqualTo(of(2026, 10, 5));
    }

    @Test
    void christmasAndNewYearBankHolidaysAreNotCounted() {
        // Christmas Day (Fri 25), Boxing Day substitute (Mon 28) and New Year's Day (Fri 1 Jan) are skipped.
        assertThat(LookedAfterReviewSchedule.firstDue(of(2026, 12, 22))).isEqualTo(of(2027, 1, 22));
    }

    @Test
    void theSecondReviewIsWithinThreeMonthsOfTheFirstAsHeld() {
        assertThat(LookedAfterReviewSchedule.nextDue(of(2026, 9, 7), List.of(of(2026, 10, 2))))
                .isEqualTo(of(2027, 1, 2));
    }

    @Test
    void laterReviewsAreWithinSixMonthsOfTheLast() {
        assertThat(LookedAfterReviewSchedule.nextDue(of(2026, 9, 7), List.of(of(2027, 1, 1), of(2026, 10, 2))))
                .isEqualTo(of(2027, 7, 1));
    }
}
