package org.kindred.care;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.care.CareLeaverEligibility.Status;

/**
 * Children (Leaving Care) Act 2000 (Children Act 1989 Sch. 2 para. 19B, s. 23A, s. 23C); Care Planning
 * Regulations 2010, reg. 40: 13 weeks looked after since 14, ending after 16.
 */
class CareLeaverEligibilityTest {
    private static final java.time.LocalDate BORN = of(2010, 1, 1);

    @Test
    void lookedAfterSinceFifteenAndStillAtSixteenIsEligible() {
        assertThat(CareLeaverEligibility.on(of(2026, 3, 1), BORN, List.of(new DateSpan(of(2025, 6, 1), null))))
                .isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void underSixteenIsNotYetEligible() {
        assertThat(CareLeaverEligibility.on(of(2025, 12, 31), BORN, List.of(new DateSpan(of(2024, 6, 1), null))))
                .isEqualTo(Status.NOT_ELIGIBLE);
    }

    @Test
    void eligibleOnTheNinetyFirstDayLookedAfter() {
        List<DateSpan> fromSixteen = List.of(new DateSpan(of(2026, 1, 1), null));
        assertThat(CareLeaverEligibility.on(of(2026, 3, 31), BORN, fromSixteen)).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(CareLeaverEligibility.on(of(2026, 4, 1), BORN, fromSixteen)).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void periodsAddUpToThirteenWeeks() {
        List<DateSpan> two = List.of(new DateSpan(of(2025, 10, 1), of(2025, 11, 15)), new DateSpan(of(2026, 1, 10), null));
        assertThat(CareLeaverEligibility.on(of(2026, 2, 23), BORN, two)).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(CareLeaverEligibility.on(of(2026, 2, 25), BORN, two)).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void careThatEndedBeforeSixteenDoesNotQualify() {
        assertThat(CareLeaverEligibility.on(of(2026, 3, 1), BORN, List.of(new DateSpan(of(2025, 1, 1), of(2025, 12, 31)))))
                .isEqualTo(Status.NOT_ELIGIBLE);
    }

    @Test
    void leavingCareAtSixteenAfterQualifyingIsRelevant() {
        assertThat(CareLeaverEligibility.on(of(2026, 6, 1), BORN, List.of(new DateSpan(of(2025, 6, 1), of(2026, 5, 1)))))
                .isEqualTo(Status.RELEVANT);
    }

    @Test
    void eligibleAtEighteenIsFormerRelevantUntilTwentyFive() {
        List<DateSpan> care = List.of(new DateSpan(of(2025, 6, 1), of(2028, 1, 1)));
        assertThat(CareLeaverEligibility.on(of(2029, 2, 1), BORN, care)).isEqualTo(Status.FORMER_RELEVANT);
        assertThat(CareLeaverEligibility.on(of(2035, 1, 1), BORN, care)).isEqualTo(Status.NOT_ELIGIBLE);
    }
}
