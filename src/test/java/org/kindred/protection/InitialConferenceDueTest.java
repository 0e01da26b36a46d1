package org.kindred.protection;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialConferenceDueTest {

    @Test
    void aDiscussionOnMonday30March2026IsDueOn22AprilAfterEaster() {
        // Good Friday 3 April and Easter Monday 6 April 2026 are not counted.
        assertThat(InitialConferenceDue.from(of(2026, 3, 30))).isEqualTo(of(2026, 4, 22));
    }

    @Test
    void withoutHolidaysFifteenWorkingDaysAreThreeWeeks() {
        assertThat(InitialConferenceDue.from(of(2026, 9, 7))).isEqualTo(of(2026, 9, 28));
    }

    @Test
    void aDiscussionBeforeChristmasSkipsChristmasBoxingDaySubstituteAndNewYear() {
        // 2026: Christmas Friday 25 December, Boxing Day substitute Monday 28, New Year's Day Friday 1 January 2027.
        assertThat(InitialConferenceDue.from(of(2026, 12, 14))).isEqualTo(of(2027, 1, 7));
    }

    @Test
    void aDiscussionOnChristmasEveCountsFromTheTwentyNinth() {
        assertThat(InitialConferenceDue.from(of(2026, 12, 24))).isEqualTo(of(2027, 1, 19));
    }

    @Test
    void lateWhenHeldAfterTheDueDateOrNotHeldByThen() {
        assertThat(InitialConferenceDue.late(of(2026, 3, 30), of(2026, 4, 22), of(2026, 5, 1))).isFalse();
        assertThat(InitialConferenceDue.late(of(2026, 3, 30), of(2026, 4, 23), of(2026, 5, 1))).isTrue();
        assertThat(InitialConferenceDue.late(of(2026, 3, 30), null, of(2026, 4, 22))).isFalse();
        assertThat(InitialConferenceDue.late(of(2026, 3, 30), null, of(2026, 4, 23))).isTrue();
    }
}
