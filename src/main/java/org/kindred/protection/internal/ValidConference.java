package org.kindred.protection.internal;

import java.time.LocalDate;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.protection.ConferenceDecision;
import org.kindred.protection.ConferenceType;

/** A conference's own fields after their checks. */
record ValidConference(ConferenceType type, LocalDate heldOn, String chair, String attendees,
                       ConferenceDecision decision, CategoryOfAbuse category, String endReason) {
}
