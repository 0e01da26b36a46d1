package org.kindred.care;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DfE, Children looked after in England, placement stability (formerly NI 62 and NI 63). */
class PlacementStabilityTest {
    private static final List<DateSpan> THREE = List.of(new DateSpan(of(2025, 1, 1), of(2025, 12, 1)),
            new DateSpan(of(2025, 12, 1), of(2026, 2, 1)), new DateSpan(of(2026, 2, 1), null));

    @Test
    void threePlacementsInTheLastTwelveMonthsIsUnstable() {
        assertThat(PlacementStability.unstable(THREE, of(2026, 6, 1))).isTrue();
    }

    @Test
    void aPlacementThatEndedMoreThanTwelveMonthsAgoIsNotCounted() {
        assertThat(PlacementStability.unstable(THREE, of(2027, 3, 1))).isFalse();
    }

    @Test
    void twoPlacementsAreNotUnstable() {
        assertThat(PlacementStability.unstable(THREE.subList(1, 3), of(2026, 6, 1))).isFalse();
    }

    @Test
    void longTermStableNeedsTwoAndAHalfYearsInCareAndTwoInThePlacement() {
        assertThat(PlacementStability.longTermStable(of(2023, 1, 1), of(2024, 3, 1), of(2026, 3, 1))).isTrue();
        assertThat(PlacementStability.longTermStable(of(2023, 1, 1), of(2024, 3, 1), of(2026, 2, 28))).isFalse();
        assertThat(PlacementStability.longTermStable(of(2024, 1, 1), of(2024, 1, 1), of(2026, 3, 1))).isFalse();
        assertThat(PlacementStability.longTermStable(of(2024, 1, 1), of(2024, 1, 1), of(2026, 7, 1))).isTrue();
    }
}
