package org.kindred.casework;

import java.time.Instant;

/** An earlier version of a corrected note, with who wrote it, and who replaced it, when and why. */
public record NoteVersion(long noteId, int version, NoteType type, Instant contactAt, String seen, SeenAlone seenAlone,
                          String html, Instant writtenAt, String writtenBy, Instant replacedAt, String replacedBy,
                          String reason) {
}
