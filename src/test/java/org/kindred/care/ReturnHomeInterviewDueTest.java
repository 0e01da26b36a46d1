package org.kindred.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kindred.care.ReturnHomeInterviewDue.RhiClock;

/** Statutory guidance on children who run away or go missing from home or care (DfE, 2014): offer within 72 hours. */
class ReturnHomeInterviewDueTest {
    private static final Instant RETURNED = Instant.parse("2026-11-20T22:00:00Z");

    @Test
    void dueSeventyTwoHoursAfterTheChildReturnsWeekendsIncluded() {
        assertThat(ReturnHomeInterviewDue.from(RETURNED)).isEqualTo(Instant.parse("2026-11-23T22:00:00Z"));
    }

    @Test
    void theClockDoesNotStartWhileTheChildIsMissing() {
        assertThat(ReturnHomeInterviewDue.clock(null, null, RETURNED)).isEqualTo(RhiClock.STILL_MISSING);
    }

    @Test
    void runningUntilTheSeventyTwoHoursPassThenOverdue() {
        assertThat(ReturnHomeInterviewDue.clock(RETURNED, null, Instant.parse("2026-11-23T22:00:00Z")))
                .isEqualTo(RhiClock.RUNNING);
        assertThat(ReturnHomeInterviewDue.clock(RETURNED, null, Instant.parse("2026-11-23T22:00:01Z")))
                .isEqualTo(RhiClock.OVERDUE);
    }

    @Test
    void anOfferStopsTheClockInTimeOrLate() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(ReturnHomeInterviewDue.clock(RETURNED, Instant.parse("2026-11-22T10:00:00Z"), now))
                .isEqualTo(RhiClock.OFFERED_IN_TIME);
        assertThat(ReturnHomeInterviewDue.clock(RETURNED, Instant.parse("2026-11-24T10:00:00Z"), now))
                .isEqualTo(RhiClock.OFFERED_LATE);
    }
}
