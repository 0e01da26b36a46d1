package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;

/** An initial or review child protection conference and its decision; {@code planId} names the plan it made or reviewed. */
public record Conference(long id, long childId, ConferenceType type, Long section47Id, Long planId, LocalDate heldOn,
                         String chair, String attendees, ConferenceDecision decision, CategoryOfAbuse category,
                         Instant createdAt, String createdBy) {
}
