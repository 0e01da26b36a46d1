package org.kindred.person;

import java.time.Instant;

/** One merge: who merged which record into which, why and when; and who undid it, if anyone has. */
public record PersonMerge(long id, long survivorId, long mergedId, String reason, String mergedBy, Instant mergedAt,
                          String unmergedBy, Instant unmergedAt, int rowsMoved) {

    public boolean inForce() { return unmergedAt == null; }
}
