package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;

/** A referral to a family group conference, and its outcome once known. */
public record FgcReferral(long id, long childId, LocalDate referredOn, String reason, FgcOutcome outcome,
                          LocalDate outcomeOn, Instant createdAt, String createdBy) {
}
