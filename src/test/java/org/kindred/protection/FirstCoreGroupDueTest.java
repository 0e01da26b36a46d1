package org.kindred.protection;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstCoreGroupDueTest {

    @Test
    void tenWorkingDaysAfterTheIcpc() {
        assertThat(FirstCoreGroupDue.from(of(2026, 4, 22))).isEqualTo(of(2026, 5, 7)); // early May holiday 4 May
        assertThat(FirstCoreGroupDue.from(of(2026, 9, 9))).isEqualTo(of(2026, 9, 23));
    }

    @Test
    void anIcpcJustBeforeChristmasMeetsInTheNewYear() {
        // 24, 29, 30, 31 December, 4 to 8 January, 11 January (25, 28 December and 1 January are holidays).
        assertThat(FirstCoreGroupDue.from(of(2026, 12, 23))).isEqualTo(of(2027, 1, 11));
    }

    @Test
    void afterTheFirstMeetingTheNextIsWhenThePlanSetsIt() {
        assertThat(FirstCoreGroupDue.next(of(2026, 4, 22), false, null)).isEqualTo(of(2026, 5, 7));
        assertThat(FirstCoreGroupDue.next(of(2026, 4, 22), true, of(2026, 6, 1))).isEqualTo(of(2026, 6, 1));
        assertThat(FirstCoreGroupDue.next(of(2026, 4, 22), true, null)).isNull();
    }
}
