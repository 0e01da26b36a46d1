package org.kindred.frontdoor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.frontdoor.Assessment;
import org.kindred.frontdoor.AssessmentOutcome;
import org.kindred.frontdoor.AssessmentSteps;
import org.kindred.shared.InvalidInput;

/** The single assessment's later steps refuse bad input field by field. */
class AssessmentStepCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    private static Assessment started(LocalDate seen, AssessmentOutcome outcome, LocalDate completed) {
        return new Assessment(1, 2, 3, START, START, "worker", START.plusDays(60), completed, false, Instant.EPOCH, "x",
                seen, null, List.of(), outcome, null, null, null);
    }

    private static String field(Runnable r) {
        try {
            r.run();
            return null;
        } catch (InvalidInput e) {
            return String.join(",", e.errors().keySet());
        }
    }

    @Test
    void seenAloneNeedsTheChildSeenAndNoDateInTheFuture() {
        Assessment a = started(null, null, null);
        assertThat(field(() -> AssessmentStepCheck.seen(a, new AssessmentSteps.ChildSeen(null, LocalDate.parse("2026-11-10")), TODAY)))
                .isEqualTo("seenOn");
        assertThat(field(() -> AssessmentStepCheck.seen(a, new AssessmentSteps.ChildSeen(LocalDate.parse("2026-11-24"), null), TODAY)))
                .isEqualTo("seenOn");
        assertThat(field(() -> AssessmentStepCheck.seen(a, new AssessmentSteps.ChildSeen(LocalDate.parse("2026-11-01"), null), TODAY)))
                .as("before the assessment started").isEqualTo("seenOn");
        assertThat(field(() -> AssessmentStepCheck.seen(a, new AssessmentSteps.ChildSeen(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-09")), TODAY)))
                .isEqualTo("seenAloneOn");
        assertThat(AssessmentStepCheck.seen(a, new AssessmentSteps.ChildSeen(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-12")), TODAY).seenAloneOn())
                .isEqualTo(LocalDate.of(2026, 11, 12));
        Assessment seen = started(LocalDate.of(2026, 11, 10), null, null);
        assertThat(AssessmentStepCheck.seen(seen, new AssessmentSteps.ChildSeen(null, LocalDate.parse("2026-11-12")), TODAY).seenOn())
                .as("seen alone added later").isNull();
    }

    @Test
    void theOutcomeIsRecordedOnceWithCensusFactors() {
        Assessment a = started(LocalDate.of(2026, 11, 10), null, null);
        assertThat(field(() -> AssessmentStepCheck.conclusion(a, new AssessmentSteps.Conclusion(List.of("21", "3A"),
                "EARLY_HELP", LocalDate.parse("2026-11-20")), TODAY))).isEqualTo("factors");
        assertThat(field(() -> AssessmentStepCheck.conclusion(a, new AssessmentSteps.Conclusion(List.of("99Z"),
                "EARLY_HELP", LocalDate.parse("2026-11-20")), TODAY))).isEqualTo("factors");
        assertThat(field(() -> AssessmentStepCheck.conclusion(a, new AssessmentSteps.Conclusion(List.of("3a"),
                null, LocalDate.parse("2026-11-09")), TODAY))).isEqualTo("outcome,completedOn");
        assertThat(AssessmentStepCheck.conclusion(a, new AssessmentSteps.Conclusion(List.of("3a", "18C"),
                "child_in_need_plan", LocalDate.parse("2026-11-20")), TODAY).factors()).containsExactly("3A", "18C");
        Assessment done = started(LocalDate.of(2026, 11, 10), AssessmentOutcome.EARLY_HELP, LocalDate.of(2026, 11, 20));
        assertThatThrownBy(() -> AssessmentStepCheck.conclusion(done, new AssessmentSteps.Conclusion(List.of("3A"),
                "EARLY_HELP", LocalDate.parse("2026-11-20")), TODAY)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void onlyAManagerAuthorisesACompletedAssessmentOnOrAfterItsCompletion() {
        Assessment done = started(LocalDate.of(2026, 11, 10), AssessmentOutcome.EARLY_HELP, LocalDate.of(2026, 11, 20));
        AssessmentSteps.Authorisation today = new AssessmentSteps.Authorisation(LocalDate.parse("2026-11-23"));
        assertThat(field(() -> AssessmentStepCheck.authorisation(done, today, false, TODAY))).isEqualTo("authorisedOn");
        assertThat(field(() -> AssessmentStepCheck.authorisation(started(null, null, null), today, true, TODAY)))
                .isEqualTo("authorisedOn");
        assertThat(field(() -> AssessmentStepCheck.authorisation(done,
                new AssessmentSteps.Authorisation(LocalDate.parse("2026-11-19")), true, TODAY))).isEqualTo("authorisedOn");
        assertThat(AssessmentStepCheck.authorisation(done, today, true, TODAY)).isEqualTo(TODAY);
    }
}
