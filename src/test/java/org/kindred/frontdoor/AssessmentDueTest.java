package org.kindred.frontdoor;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssessmentDueTest {

    @Test
    void aReferralOn22December2026IsDueOn26February2027() {
        // Christmas Day (Fri 25), Boxing Day substitute (Mon 28) and New Year's Day (Fri 1 Jan) are not counted.
        assertThat(AssessmentDue.from(of(2026, 12, 22))).isEqualTo(of(2027, 2, 26));
    }

    @Test
    void withoutHolidaysFortyFiveWorkingDaysAreNineWeeks() {
        assertThat(AssessmentDue.from(of(2026, 9, 7))).isEqualTo(of(2026, 11, 9));
    }

    @Test
    void easterAndTheEarlyMayHolidayAreNotCounted() {
        // 2027: Good Friday 26 March, Easter Monday 29 March, early May bank holiday 3 May.
        assertThat(AssessmentDue.from(of(2027, 3, 1))).isEqualTo(of(2027, 5, 6));
    }

    @Test
    void aReferralOnMaundyThursdayStartsCountingAfterEaster() {
        // 2026: Good Friday 3 April, Easter Monday 6 April, early May 4 May, spring 25 May.
        assertThat(AssessmentDue.from(of(2026, 4, 2))).isEqualTo(of(2026, 6, 10));
    }

    @Test
    void aReferralOnABankHolidayCountsFromTheNextWorkingDay() {
        // Easter Monday 2027 (29 March): the first counted day is Tuesday 30 March.
        assertThat(AssessmentDue.from(of(2027, 3, 29)))
                .isEqualTo(AssessmentDue.from(of(2027, 3, 26)))
                .isEqualTo(AssessmentDue.from(of(2027, 3, 25)));
    }

    @Test
    void overdueOnlyAfterTheDueDate() {
        assertThat(AssessmentDue.overdue(of(2026, 12, 22), null, of(2027, 2, 26))).isFalse();
        assertThat(AssessmentDue.overdue(of(2026, 12, 22), null, of(2027, 3, 1))).isTrue();
        assertThat(AssessmentDue.overdue(of(2026, 12, 22), of(2027, 2, 26), of(2027, 6, 1))).isFalse();
        assertThat(AssessmentDue.overdue(of(2026, 12, 22), of(2027, 3, 1), of(2027, 6, 1))).isTrue();
    }
}
