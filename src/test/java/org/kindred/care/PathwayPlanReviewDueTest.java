package org.kindred.care;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Care Leavers (England) Regulations 2010, reg. 7: pathway plans reviewed at least every 6 months. */
class PathwayPlanReviewDueTest {

    @Test
    void dueSixMonthsAfterTheLastReview() {
        assertThat(PathwayPlanReviewDue.from(of(2026, 3, 31))).isEqualTo(of(2026, 9, 30));
    }

    @Test
    void aMonthEndIsKeptInAShortMonth() {
        assertThat(PathwayPlanReviewDue.from(of(2026, 8, 31))).isEqualTo(of(2027, 2, 28));
    }

    @Test
    void overdueOnlyAfterTheDueDate() {
        assertThat(PathwayPlanReviewDue.overdue(of(2026, 3, 31), of(2026, 9, 30))).isFalse();
        assertThat(PathwayPlanReviewDue.overdue(of(2026, 3, 31), of(2026, 10, 1))).isTrue();
    }
}
