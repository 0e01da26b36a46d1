package org.kindred.workforce;

import java.time.LocalDate;

/** One supervision session: who was supervised, by whom, when; notes are plain text. */
public record SupervisionRecord(long id, long superviseeUserId, String superviseeName, long supervisorUserId,
                                String supervisorName, LocalDate heldOn, String notes, String recordedBy) {
}
