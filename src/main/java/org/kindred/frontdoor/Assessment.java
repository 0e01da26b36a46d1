package org.kindred.frontdoor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A single assessment started from a referral.
 *
 * @param due 45 working days from the referral date ({@link AssessmentDue})
 * @param overdue not completed by the due date (judged today), or completed after it
 * @param seenOn the day the child was seen; {@code seenAloneOn} the day the child was seen alone
 * @param factors CIN census assessment factor codes ({@link AssessmentFactor}), empty until the outcome
 * @param completedOn the day the worker completed the assessment with its outcome
 * @param authorisedOn the team manager's authorisation: the CIN census AssessmentAuthorisationDate
 */
public record Assessment(long id, long referralId, long childId, LocalDate referralDate, LocalDate startDate,
                         String worker, LocalDate due, LocalDate completedOn, boolean overdue, Instant createdAt,
                         String createdBy, LocalDate seenOn, LocalDate seenAloneOn, List<String> factors,
                         AssessmentOutcome outcome, String completedBy, LocalDate authorisedOn, String authorisedBy) {

    public boolean awaitingAuthorisation() { return outcome != null && authorisedOn == null; }

    public String outcomeLabel() { return outcome == null ? null : outcome.label(); }
}
