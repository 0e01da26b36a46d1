package org.kindred.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.care.CareDetails.NewAdoption;
import org.kindred.care.CareDetails.NewAdoptionDecision;
import org.kindred.care.CareDetails.NewLeaverOutcome;
import org.kindred.care.CareDetails.NewOutcome;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;

/** The field checks follow the DfE SSDA903 validator's rules, so the return is right when it is made. */
class DetailChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Map<String, String> errors(java.util.function.Consumer<Problems> check) {
        Problems p = new Problems();
        check.accept(p);
        try {
            p.throwIfAny();
            return Map.of();
        } catch (InvalidInput e) {
            return e.errors();
        }
    }

    @Test
    void substanceMisuseInterventionsFollowRules() {
        // DfE rules: received -> offered blank; not received -> offered completed; no misuse -> both blank.
        assertThat(errors(p -> DetailChecks.outcome(new NewOutcome(2027, 10, null, false, null, true, true, true, true), p)))
                .containsKey("interventionOffered");
        assertThat(errors(p -> DetailChecks.outcome(new NewOutcome(2027, 10, null, false, null, true, true, false, null), p)))
                .containsKey("interventionOffered");
        assertThat(errors(p -> DetailChecks.outcome(new NewOutcome(2027, 10, null, false, null, true, false, null, true), p)))
                .containsKey("interventionReceived");
        assertThat(errors(p -> DetailChecks.outcome(new NewOutcome(2027, 10, "SDQ2", false, null, true, false, null, null), p)))
                .containsKey("sdqReason");
        assertThat(errors(p -> DetailChecks.outcome(new NewOutcome(2027, 10, null, false, null, true, false, null, null), p)))
                .isEmpty();
    }

    @Test
    void careLeaverActivityAndAccommodationAgreeWithContact() {
        assertThat(errors(p -> DetailChecks.leaverOutcome(new NewLeaverOutcome(17, "YES", "0", "0"), p))).containsKey("activity");
        assertThat(errors(p -> DetailChecks.leaverOutcome(new NewLeaverOutcome(18, "DIED", "F2", "D1"), p))).containsKey("activity");
        assertThat(errors(p -> DetailChecks.leaverOutcome(new NewLeaverOutcome(17, "YES", "F2", "T1"), p))).containsKey("accommodation");
        assertThat(errors(p -> DetailChecks.leaverOutcome(new NewLeaverOutcome(19, "YES", "F2", "T1"), p))).isEmpty();
        assertThat(errors(p -> DetailChecks.leaverOutcome(new NewLeaverOutcome(22, "NO", "0", "0"), p))).containsKey("age");
    }

    @Test
    void adoptersNumberSexAndStatusAgree() {
        NewAdoption two = new NewAdoption(TODAY.minusMonths(4), TODAY.minusMonths(2), false, 2, "F1", "L11");
        assertThat(errors(p -> DetailChecks.adoption(two, TODAY, p))).containsKey("adoptersSex");
        NewAdoption early = new NewAdoption(TODAY.minusMonths(2), TODAY.minusMonths(4), false, 1, "F1", "L0");
        assertThat(errors(p -> DetailChecks.adoption(early, TODAY, p))).containsKey("dateMatched");
        assertThat(errors(p -> DetailChecks.adoption(new NewAdoption(TODAY.minusMonths(4), TODAY.minusMonths(2), true, 2,
                "MF", "L11"), TODAY, p))).isEmpty();
    }

    @Test
    void aDecisionCeasesWithItsReasonOrNotAtAll() {
        assertThat(errors(p -> DetailChecks.decision(new NewAdoptionDecision(TODAY.minusMonths(3), TODAY, null), TODAY, p)))
                .containsKey("reasonCeased");
        assertThat(errors(p -> DetailChecks.decision(new NewAdoptionDecision(TODAY.minusMonths(3), TODAY.minusMonths(4), "RD1"), TODAY, p)))
                .containsKey("ceased");
        assertThat(errors(p -> DetailChecks.decision(new NewAdoptionDecision(TODAY.minusMonths(3), TODAY, "RD2"), TODAY, p))).isEmpty();
    }
}
