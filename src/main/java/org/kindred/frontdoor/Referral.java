package org.kindred.frontdoor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral to children's social care, made from a contact's decision (never retyped).
 *
 * @param reReferral whether the child had another referral in the 12 months before ({@link ReReferral})
 * @param assessmentDue the single assessment's due date, 45 working days on ({@link AssessmentDue})
 */
public record Referral(long id, long contactId, long childId, LocalDate referralDate, String source,
                       PrimaryNeed primaryNeed, String primaryNeedLabel, boolean reReferral, LocalDate assessmentDue,
                       Instant createdAt, String createdBy) {
}
