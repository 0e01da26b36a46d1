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
    void theThirdChangeOrMoreIsHighlighted() {
        assertThat(ChangesOfSocialWorker.highlighted(2)).isFalse();
        assertThat(ChangesOfSocialWorker.highlighted(3)).isTrue();
        assertThat(ChangesOfSocialWorker.highlighted(4)).isTrue();
    }

    @Test
    void theWindowStartsTwelveMonthsBeforeTodayEvenAtAMonthEnd() {
        assertThat(ChangesOfSocialWorker.windowStart(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2023, 2, 28));
    }
}
