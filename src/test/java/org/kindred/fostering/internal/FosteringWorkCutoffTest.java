package org.kindred.fostering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.fostering.DecisionDue;
import org.kindred.fostering.FirstResponseDue;
import org.kindred.shared.WorkingDays;

/** The home page's "late" counts compare dates with cut-offs worked out from the clocks' own rules. */
class FosteringWorkCutoffTest {
    @Test
    void anEnquiryIsLateOnlyOnceItsWorkingDayHasPassed() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        LocalDate cutoff = JdbcFosteringWork.latestStart(monday, FirstResponseDue.WORKING_DAYS, WorkingDays.england());
        // Thursday's enquiry was due on Friday: late on Monday; Friday's is due on Monday: not yet
        assertThat(cutoff).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(FirstResponseDue.from(cutoff)).isBefore(monday);
        assertThat(FirstResponseDue.from(cutoff.plusDays(1))).isEqualTo(monday);
    }

    @Test
    void theCutoffHoldsOverBankHolidays() {
        LocalDate today = LocalDate.of(2027, 1, 6);
        LocalDate cutoff = JdbcFosteringWork.latestStart(today, DecisionDue.WORKING_DAYS, WorkingDays.england());
        assertThat(DecisionDue.from(cutoff)).isBefore(today);
        assertThat(DecisionDue.from(cutoff.plusDays(1))).isAfterOrEqualTo(today);
    }
}
