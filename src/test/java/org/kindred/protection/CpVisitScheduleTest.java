package org.kindred.protection;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpVisitScheduleTest {

    @Test
    void theFirstVisitIsDueTenWorkingDaysAfterTheConference() {
        assertThat(CpVisitSchedule.nextDue(of(2026, 9, 7), null)).isEqualTo(of(2026, 9, 21));
    }

    @Test
    void theClockRunsFromTheLastVisitAtWhichTheChildWasSeen() {
        assertThat(CpVisitSchedule.nextDue(of(2026, 9, 7), of(2026, 9, 14))).isEqualTo(of(2026, 9, 28));
    }

    @Test
    void aVisitBeforeChristmasSkipsChristmasTheBoxingDaySubstituteAndNewYear() {
        assertThat(CpVisitSchedule.nextDue(of(2026, 11, 2), of(2026, 12, 18))).isEqualTo(of(2027, 1, 6));
    }

    @Test
    void easterIsNotCounted() {
        // Good Friday 3 April and Easter Monday 6 April 2026.
        assertThat(CpVisitSchedule.nextDue(of(2026, 3, 30), null)).isEqualTo(of(2026, 4, 15));
    }
}
