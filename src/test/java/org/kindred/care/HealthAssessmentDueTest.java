package org.kindred.care;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Care Planning Regulations 2010, reg. 7 and Schedule 1; statutory guidance "Promoting the health and well-being
 * of looked-after children" (2015): initial before the first review, then 6-monthly under 5 and yearly from 5.
 */
class HealthAssessmentDueTest {
    private static final java.time.LocalDate BORN = of(2022, 1, 10);

    @Test
    void theInitialAssessmentIsDueBeforeTheFirstReview() {
        assertThat(HealthAssessmentDue.nextDue(of(2026, 9, 7), BORN, null)).isEqualTo(of(2026, 10, 5))
                .isEqualTo(LookedAfterReviewSchedule.firstDue(of(2026, 9, 7)));
    }

    @Test
    void underFiveTheNextIsWithinSixMonths() {
        assertThat(HealthAssessmentDue.nextDue(of(2026, 1, 5), BORN, of(2026, 6, 1))).isEqualTo(of(2026, 12, 1));
    }

    @Test
    void fromTheFifthBirthdayTheNextIsWithinTwelveMonths() {
        assertThat(HealthAssessmentDue.nextDue(of(2026, 1, 5), BORN, of(2027, 1, 10))).isEqualTo(of(2028, 1, 10));
    }

    @Test
    void theDayBeforeTheFifthBirthdayStillCountsAsUnderFive() {
        assertThat(HealthAssessmentDue.nextDue(of(2026, 1, 5), BORN, of(2027, 1, 9))).isEqualTo(of(2027, 7, 9));
    }
}
