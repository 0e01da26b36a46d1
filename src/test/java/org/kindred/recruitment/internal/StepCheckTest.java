package org.kindred.recruitment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kindred.recruitment.Applicant;
import org.kindred.recruitment.ApplicantStep;
import org.kindred.recruitment.Stage;
import org.kindred.shared.InvalidInput;

class StepCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Applicant applied(LocalDate on) {
        return new Applicant(1, 1, "C", null, null, "A", null, Stage.APPLIED, on, ApplicantContactDue.after(on),
                null, null, null, null, null, null, null);
    }

    @Test
    void theLeadersContactIsDueFiveWorkingDaysAfterTheApplicationSkippingBankHolidays() {
        assertThat(ApplicantContactDue.after(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 14));
        // Thursday 24 December 2026: Christmas Day (Friday) and Boxing Day's substitute (Monday 28th) are not working days.
        assertThat(ApplicantContactDue.after(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void anApplicantMovesOneStageAtATime() {
        assertThat(StepCheck.check(applied(TODAY.minusDays(3)), new ApplicantStep("contacted", null, null), TODAY).stage())
                .isEqualTo(Stage.CONTACTED);
        assertThatThrownBy(() -> StepCheck.check(applied(TODAY.minusDays(3)), new ApplicantStep("OFFERED", null, null), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("stage"))
                        .isEqualTo("The next step for this applicant is contacted"));
    }

    @Test
    void aWithdrawalNeedsAReasonAndNoStepIsDatedBeforeTheLastOrInTheFuture() {
        assertThatThrownBy(() -> StepCheck.check(applied(TODAY.minusDays(3)), new ApplicantStep("WITHDRAWN", null, " "), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThatThrownBy(() -> StepCheck.check(applied(TODAY.minusDays(3)), new ApplicantStep("CONTACTED", TODAY.minusDays(4), null), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("on")).startsWith("The date must be on or after the last step"));
        assertThatThrownBy(() -> StepCheck.check(applied(TODAY.minusDays(3)), new ApplicantStep("CONTACTED", TODAY.plusDays(1), null), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get("on")).isEqualTo("The date must be today or in the past"));
        assertThat(StepCheck.check(applied(TODAY.minusDays(3)), new ApplicantStep("WITHDRAWN", null, "Took another post"), TODAY).reason())
                .isEqualTo("Took another post");
    }
}
