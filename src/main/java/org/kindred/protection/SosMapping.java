package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A Signs of Safety mapping (Turnell and Edwards): what we are worried about, what is working well, what needs to
 * happen, danger statements and safety goals, and the 0 to 10 safety scale (10: safe enough to close). It belongs to
 * a single assessment (the front door's id) or to a conference.
 */
public record SosMapping(long id, long childId, Long assessmentId, Long conferenceId, LocalDate mappedOn,
                         String worries, String workingWell, String needsToHappen, String dangerStatements,
                         String safetyGoals, int scaling, Instant createdAt, String createdBy) {
}
