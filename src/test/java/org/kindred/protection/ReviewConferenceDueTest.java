package org.kindred.protection;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewConferenceDueTest {

    @Test
    void aPlanFromAConferenceOn22April2026IsFirstReviewedBy22July() {
        assertThat(FirstReviewConferenceDue.from(of(2026, 4, 22))).isEqualTo(of(2026, 7, 22));
    }

    @Test
    void threeMonthsFromTheEndOfNovemberIsTheEndOfFebruary() {
        assertThat(FirstReviewConferenceDue.from(of(2026, 11, 30))).isEqualTo(of(2027, 2, 28));
        assertThat(FirstReviewConferenceDue.from(of(2027, 11, 30))).isEqualTo(of(2028, 2, 29));
    }

    @Test
    void aPlanStartedBeforeChristmasIsReviewedInMarchCalendarMonthsNotWorkingDays() {
        assertThat(FirstReviewConferenceDue.from(of(2026, 12, 23))).isEqualTo(of(2027, 3, 23));
    }

    @Test
    void laterReviewsAreAtMostSixMonthsApart() {
        assertThat(LaterReviewConferenceDue.from(of(2026, 7, 20))).isEqualTo(of(2027, 1, 20));
        assertThat(LaterReviewConferenceDue.from(of(2026, 8, 31))).isEqualTo(of(2027, 2, 28));
    }

    @Test
    void theNextReviewIsThreeMonthsAfterTheIcpcUntilTheFirstReviewThenSixMonthsAfterTheLatest() {
        assertThat(LaterReviewConferenceDue.next(of(2026, 4, 22), null)).isEqualTo(of(2026, 7, 22));
        assertThat(LaterReviewConferenceDue.next(of(2026, 4, 22), of(2026, 7, 15))).isEqualTo(of(2027, 1, 15));
    }
}
