package org.kindred.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task about a child, for a person or a team.
 *
 * @param assignedTo the person's or the team's name as people read it
 */
public record Task(long id, long childId, String title, String details, LocalDate due, Long assignedUserId,
                   Long assignedTeamId, String assignedTo, String setBy, Instant setAt, Instant doneAt, String doneBy) {

    public boolean open() { return doneAt == null; }

    public boolean overdueOn(LocalDate today) { return open() && due.isBefore(today); }
}
