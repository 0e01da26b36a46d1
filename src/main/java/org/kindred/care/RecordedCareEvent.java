package org.kindred.care;

import java.time.Instant;

/** A stored event with who recorded it and when. */
public record RecordedCareEvent(long id, CareEvent event, String recordedBy, Instant recordedAt) {
}
