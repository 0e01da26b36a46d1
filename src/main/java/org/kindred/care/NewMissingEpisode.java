package org.kindred.care;

import java.time.Instant;

/**
 * A missing episode (SSDA903 Missing table): {@code kind} "M" missing or "A" away without authorisation; {@code
 * endedAt} blank while the child is still missing; the return home interview offer and whether it was accepted.
 */
public record NewMissingEpisode(String kind, Instant startedAt, Instant endedAt, Instant rhiOfferedAt,
                                Boolean rhiAccepted) {
}
