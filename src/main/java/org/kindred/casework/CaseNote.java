package org.kindred.casework;

import java.time.Instant;

/**
 * A case note as pages show it.
 *
 * @param html the note's Markdown rendered and cleaned by an allow-list sanitiser: safe to insert unescaped
 * @param version 1 when never corrected; each correction keeps the earlier version in {@link NoteVersion}
 */
public record CaseNote(long id, long childId, NoteType type, Instant contactAt, String seen, SeenAlone seenAlone,
                       String body, String html, int version, Instant createdAt, String createdBy, Instant changedAt,
                       String changedBy) {

    public boolean corrected() { return version > 1; }
}
