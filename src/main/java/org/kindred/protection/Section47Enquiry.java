package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A section 47 enquiry. {@code icpcDue} is 15 working days from the strategy discussion that initiated the enquiry
 * ({@link InitialConferenceDue}); {@code icpcNotRequired} is the CIN census code ("0" or "1") once there is an outcome.
 */
public record Section47Enquiry(long id, long childId, long strategyDiscussionId, LocalDate startDate,
                               LocalDate strategyDiscussionOn, LocalDate icpcDue, LocalDate childSeenOn,
                               Section47Outcome outcome, LocalDate outcomeOn, String icpcNotRequired,
                               LocalDate icpcDate, boolean icpcLate, Instant createdAt, String createdBy) {
}
