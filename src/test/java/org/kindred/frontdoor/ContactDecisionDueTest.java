package org.kindred.frontdoor;

import org.kindred.shared.time.UkTime;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kindred.frontdoor.ContactDecisionDue.Rag;

class ContactDecisionDueTest {

    private static Instant uk(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(UkTime.ZONE).toInstant();
    }

    @Test
    void aContactOnAWorkingDayIsDueAtTheSameTimeNextWorkingDay() {
        assertThat(ContactDecisionDue.due(uk(2026, 11, 24, 10, 30))).isEqualTo(uk(2026, 11, 25, 10, 30));
    }

    @Test
    void fridayAfternoonIsDueMondayAfternoon() {
        assertThat(ContactDecisionDue.due(uk(2026, 11, 27, 15, 0))).isEqualTo(uk(2026, 11, 30, 15, 0));
    }

    @Test
    void christmasEveIsDueAfterTheHolidays() {
        // Thu 24 Dec 2026; Fri 25 Christmas, Mon 28 Boxing Day substitute: due Tue 29 Dec.
        assertThat(ContactDecisionDue.due(uk(2026, 12, 24, 16, 45))).isEqualTo(uk(2026, 12, 29, 16, 45));
    }

    @Test
    void maundyThursdayIsDueTheTuesdayAfterEaster() {
        assertThat(ContactDecisionDue.due(uk(2027, 3, 25, 9, 0))).isEqualTo(uk(2027, 3, 30, 9, 0));
    }

    @Test
    void aWeekendContactIsDueAtTheEndOfTheNextWorkingDay() {
        assertThat(ContactDecisionDue.due(uk(2026, 11, 28, 22, 0))).isEqualTo(uk(2026, 12, 1, 0, 0));
        assertThat(ContactDecisionDue.due(uk(2027, 3, 29, 11, 0))).isEqualTo(uk(2027, 3, 31, 0, 0));
    }

    @Test
    void theClockIsAlways24WorkingHoursLong() {
        Instant friday = uk(2026, 11, 27, 15, 0);
        assertThat(ContactDecisionDue.workingTime(friday, ContactDecisionDue.due(friday))).isEqualTo(Duration.ofHours(24));
        Instant saturday = uk(2026, 11, 28, 22, 0);
        assertThat(ContactDecisionDue.workingTime(saturday, ContactDecisionDue.due(saturday))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void greenWhileMoreThanHalfRemainsThenAmberThenRed() {
        Instant received = uk(2026, 11, 27, 15, 0);
        assertThat(ContactDecisionDue.rag(received, uk(2026, 11, 27, 16, 0))).isEqualTo(Rag.GREEN);
        // The weekend does not use up the clock: 9 hours used on Friday, 15 left on Monday.
        assertThat(ContactDecisionDue.rag(received, uk(2026, 11, 29, 23, 0))).isEqualTo(Rag.GREEN);
        assertThat(ContactDecisionDue.left(received, uk(2026, 11, 30, 3, 0))).isEqualTo(Duration.ofHours(12));
        assertThat(ContactDecisionDue.rag(received, uk(2026, 11, 30, 3, 0))).isEqualTo(Rag.AMBER);
        assertThat(ContactDecisionDue.rag(received, uk(2026, 11, 30, 14, 59))).isEqualTo(Rag.AMBER);
        assertThat(ContactDecisionDue.rag(received, uk(2026, 11, 30, 15, 0))).isEqualTo(Rag.RED);
        assertThat(ContactDecisionDue.left(received, uk(2026, 12, 2, 9, 0))).isEqualTo(Duration.ZERO);
    }
}
