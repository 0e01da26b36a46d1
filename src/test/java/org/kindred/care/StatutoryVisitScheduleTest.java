package org.kindred.care;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Care Planning, Placement and Case Review (England) Regulations 2010, reg. 28(2). */
class StatutoryVisitScheduleTest {

    @Test
    void theFirstVisitIsWithinAWeekOfThePlacementStarting() {
        assertThat(StatutoryVisitSchedule.nextDue(of(2026, 3, 1), null, false)).isEqualTo(of(2026, 3, 8));
    }

    @Test
    void aVisitInAnEarlierPlacementDoesNotCount() {
        assertThat(StatutoryVisitSchedule.nextDue(of(2026, 3, 1), of(2026, 2, 27), true)).isEqualTo(of(2026, 3, 8));
    }

    @Test
    void inTheFirstYearVisitsAreAtMostSixWeeksApart() {
        assertThat(StatutoryVisitSchedule.nextDue(of(2026, 3, 1), of(2026, 4, 1), true)).isEqualTo(of(2026, 5, 13));
    }

    @Test
    void afterTheFirstYearALongTermPlacementIsVisitedAtMostEveryThreeMonths() {
        assertThat(StatutoryVisitSchedule.nextDue(of(2025, 3, 1), of(2026, 4, 1), true)).isEqualTo(of(2026, 7, 1));
    }

    @Test
    void afterTheFirstYearAnyOtherPlacementStaysAtSixWeeks() {
        assertThat(StatutoryVisitSchedule.nextDue(of(2025, 3, 1), of(2026, 4, 1), false)).isEqualTo(of(2026, 5, 13));
    }
}
