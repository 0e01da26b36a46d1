package org.kindred.shared.chronology;

import java.time.Instant;

/**
 * A step in a child's story, published by the module that recorded it (in the same transaction); the chronology
 * module stores it so one page tells the story. Workers' hand-written entries are stored the same way.
 *
 * @param childId the child in the person register
 * @param occurredAt when it happened (not when it was typed)
 * @param category a short heading: Contact, Decision, Referral, Assessment, Allocation, Strategy discussion...
 * @param summary one or two sentences a reader understands without opening the record
 * @param sourceType the kind of record, as in the audit trail, e.g. "contact"
 * @param sourceId that record's id, or null for a hand-written entry
 * @param link the page showing the record, or null
 */
public record ChronologyEntry(long childId, Instant occurredAt, String category, String summary,
                              String sourceType, String sourceId, String link) {
}
