package org.kindred.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * Supervision records and the policy's frequency (configurable per role, see {@code SupervisionDue}). Bad input
 * throws InvalidInput naming the field and changes nothing.
 */
public interface Supervisions {
    /** The member of staff's supervision, latest first. */
    List<SupervisionRecord> of(long staffId);

    SupervisionRecord record(long staffId, long supervisorUserId, LocalDate heldOn, String notes);

    /** When the next supervision is due for the member of staff, by the policy, from their last (or their start). */
    LocalDate nextDue(long staffId, LocalDate today);

    /** Case-holding staff of the team in post on the day whose supervision is overdue, longest overdue first. */
    List<Overdue> overdue(String team, LocalDate today);

    record Overdue(long staffId, String name, String team, LocalDate lastHeld, LocalDate due) {
    }
}
