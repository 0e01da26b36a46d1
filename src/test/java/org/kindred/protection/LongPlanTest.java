package org.kindred.protection;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongPlanTest {

    @Test
    void anOpenPlanIsLongFromItsSecondAnniversary() {
        assertThat(LongPlan.isLong(of(2024, 12, 24), null, of(2026, 12, 23))).isFalse();
        assertThat(LongPlan.isLong(of(2024, 12, 24), null, of(2026, 12, 24))).isTrue();
    }

    @Test
    void anEndedPlanIsJudgedOnItsEndDate() {
        assertThat(LongPlan.isLong(of(2024, 1, 10), of(2025, 6, 1), of(2026, 12, 1))).isFalse();
        assertThat(LongPlan.isLong(of(2024, 1, 10), of(2026, 1, 10), of(2026, 12, 1))).isTrue();
    }

    @Test
    void aPlanAwaitingBirthHasNoLength() {
        assertThat(LongPlan.isLong(null, null, of(2026, 12, 1))).isFalse();
    }
}
