package org.kindred.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesOfSocialWorkerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void countsChangesWithinTheTwelveMonthsUpToToday() {
        assertThat(ChangesOfSocialWorker.inLast12Months(List.of(
                LocalDate.of(2025, 11, 22), LocalDate.of(2026, 3, 1), TODAY), TODAY)).isEqualTo(2);
    }

    @Test
    void aChangeExactlyTwelveMonthsAgoStillCounts() {
        assertThat(ChangesOfSocialWorker.inLast12Months(List.of(LocalDate.of(2025, 11, 23)), TODAY)).isEqualTo(1);
    }

    @Test
    void aChangeDatedAfterTodayIsNotCounted() {
        assertThat(ChangesOfSocialWorker.inLast12Months(List.of(TODAY.plusDays(1)), TODAY)).isZero();
    }

    @Test
    void noChangesIsZero() {
        assertThat(ChangesOfSocialWorker.inLast12Months(List.of(), TODAY)).isZero();
    }

    @Test
    void theThirdSocialWorkerInTheYearIsHighlightedNotTheThirdChange() {
        List<Allocation> history = List.of(held(1, "2025-09-01", "2026-03-01"), held(2, "2026-03-01", "2026-06-01"),
                held(3, "2026-06-01", null));
        assertThat(SocialWorkersInYear.count(history, TODAY)).isEqualTo(3);
        assertThat(SocialWorkersInYear.highlighted(SocialWorkersInYear.count(history, TODAY))).isTrue();
        // One worker back again is still two workers, after three changes.
        List<Allocation> back = List.of(held(1, "2026-01-01", "2026-02-01"), held(2, "2026-02-01", "2026-03-01"),
                held(1, "2026-03-01", "2026-04-01"), held(2, "2026-04-01", null));
        assertThat(SocialWorkersInYear.count(back, TODAY)).isEqualTo(2);
        assertThat(SocialWorkersInYear.highlighted(2)).isFalse();
        // A worker whose time ended before the window does not count.
        assertThat(SocialWorkersInYear.count(List.of(held(9, "2024-01-01", "2025-11-22"), held(3, "2025-11-22", null)),
                TODAY)).isEqualTo(1);
    }

    private static Allocation held(long worker, String from, String to) {
        return new Allocation(worker * 10, 1, worker, "Worker " + worker, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), null, null, null, null);
    }

    @Test
    void theWindowStartsTwelveMonthsBeforeTodayEvenAtAMonthEnd() {
        assertThat(ChangesOfSocialWorker.windowStart(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 2, 28));
    }
}
