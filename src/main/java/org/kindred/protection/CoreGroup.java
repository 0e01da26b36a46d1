package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;

/** A core group meeting of a plan; {@code nextDue} is the date the plan sets for the next one, if any. */
public record CoreGroup(long id, long planId, long childId, LocalDate heldOn, String attendees, LocalDate nextDue,
                        Instant createdAt, String createdBy) {
}
