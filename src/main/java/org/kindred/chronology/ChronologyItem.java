package org.kindred.chronology;

import java.time.Instant;

/**
 * One entry of a child's chronology as the page and API show it.
 *
 * @param handWritten written by a worker, not recorded by a module
 * @param struckOutAt set when a worker struck the entry out as wrong; the entry stays, marked, with the reason
 */
public record ChronologyItem(long id, long childId, Instant occurredAt, String category, String summary,
                             String sourceType, String sourceId, String link, boolean handWritten, Instant createdAt,
                             String createdBy, Instant struckOutAt, String struckOutBy, String struckOutReason) {

    public boolean struckOut() { return struckOutAt != null; }
}
