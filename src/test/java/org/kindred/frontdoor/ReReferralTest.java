package org.kindred.frontdoor;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReReferralTest {

    @Test
    void aFirstReferralIsNotAReReferral() {
        assertThat(ReReferral.isReReferral(of(2026, 5, 1), List.of())).isFalse();
    }

    @Test
    void aReferralThirtyDaysAfterAnotherIsAReReferral() {
        assertThat(ReReferral.isReReferral(of(2026, 5, 31), List.of(of(2026, 5, 1)))).isTrue();
    }

    @Test
    void exactlyTwelveMonthsEarlierCountsAndADayMoreDoesNot() {
        assertThat(ReReferral.isReReferral(of(2026, 5, 1), List.of(of(2025, 5, 1)))).isTrue();
        assertThat(ReReferral.isReReferral(of(2026, 5, 1), List.of(of(2025, 4, 30)))).isFalse();
    }

    @Test
    void aLeapDayReferralLooksBackToTheTwentyEighthOfFebruary() {
        assertThat(ReReferral.isReReferral(of(2028, 2, 29), List.of(of(2027, 2, 28)))).isTrue();
        assertThat(ReReferral.isReReferral(of(2028, 2, 29), List.of(of(2027, 2, 27)))).isFalse();
    }

    @Test
    void aLaterReferralDoesNotMakeAnEarlierOneARereferral() {
        assertThat(ReReferral.isReReferral(of(2026, 5, 1), List.of(of(2026, 6, 1)))).isFalse();
    }

    @Test
    void aPreviousReferralOnTheSameDayCounts() {
        assertThat(ReReferral.isReReferral(of(2026, 5, 1), List.of(of(2026, 5, 1)))).isTrue();
    }
}
