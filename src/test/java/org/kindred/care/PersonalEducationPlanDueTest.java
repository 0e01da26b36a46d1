package org.kindred.care;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Statutory guidance "Promoting the education of looked-after and previously looked-after children" (2018):
 * a PEP within 10 working days of coming into care, then reviewed each term (three terms a year in Kindred).
 */
class PersonalEducationPlanDueTest {

    @Test
    void theFirstPepIsWithinTenWorkingDays() {
        assertThat(PersonalEducationPlanDue.nextDue(of(2026, 9, 7), null)).isEqualTo(of(2026, 9, 21));
    }

    @Test
    void tenWorkingDaysSkipEaster() {
        // 2027: Good Friday 26 March, Easter Monday 29 March.
        assertThat(PersonalEducationPlanDue.initialDue(of(2027, 3, 22))).isEqualTo(of(2027, 4, 7));
    }

    @Test
    void aPepInTheAutumnTermIsReviewedByTheEndOfTheSpringTerm() {
        assertThat(PersonalEducationPlanDue.nextDue(of(2026, 9, 7), of(2026, 10, 15))).isEqualTo(of(2027, 3, 31));
    }

    @Test
    void aPepInTheSpringTermIsReviewedByTheEndOfTheSummerTerm() {
        assertThat(PersonalEducationPlanDue.nextDue(of(2026, 9, 7), of(2027, 2, 10))).isEqualTo(of(2027, 8, 31));
    }

    @Test
    void aPepInTheSummerIsReviewedByTheEndOfTheAutumnTerm() {
        assertThat(PersonalEducationPlanDue.nextDue(of(2026, 9, 7), of(2027, 8, 31))).isEqualTo(of(2027, 12, 31));
    }

    @Test
    void aPepOnNewYearsEveIsReviewedInTheNextYearsSpringTerm() {
        assertThat(PersonalEducationPlanDue.nextDue(of(2026, 9, 7), of(2026, 12, 31))).isEqualTo(of(2027, 3, 31));
    }
}
