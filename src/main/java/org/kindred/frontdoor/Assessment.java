package org.kindred.frontdoor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A single assessment started from a referral.
 *
 * @param due 45 working days from the referral date ({@link AssessmentDue})
 * @param overdue not completed by the due date (judged today), or completed after it
 */
public record Assessment(long id, long referralId, long childId, LocalDate referralDate, LocalDate startDate,
                         String worker, LocalDate due, LocalDate completedOn, boolean overdue, Instant createdAt,
                         String createdBy) {
}
