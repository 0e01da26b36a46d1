package org.kindred.protection;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CinPlanReviewScheduleTest {

    @Test
    void theFirstReviewIsThreeMonthsAfterTheStart() {
        assertThat(CinPlanReviewSchedule.nextDue(of(2026, 4, 22), null)).isEqualTo(of(2026, 7, 22));
    }

    @Test
    void aMissingDayGivesTheMonthsLastDaySoTheReviewIsNeverLate() {
        assertThat(CinPlanReviewSchedule.nextDue(of(2026, 11, 30), null)).isEqualTo(of(2027, 2, 28));
    }

    @Test
    void laterReviewsRunFromTheLatestReview() {
        assertThat(CinPlanReviewSchedule.nextDue(of(2026, 11, 30), of(2027, 1, 15))).isEqualTo(of(2027, 4, 15));
    }
}
