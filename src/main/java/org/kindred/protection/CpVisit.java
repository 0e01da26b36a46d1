package org.kindred.protection;

import java.time.Instant;
import java.time.LocalDate;

/** A visit to a child on a child protection plan: whether the child was seen, and seen alone, and by whom. */
public record CpVisit(long id, long planId, long childId, LocalDate visitedOn, boolean seen, boolean seenAlone,
                      String visitedBy, Instant createdAt, String createdBy) {
}
