package org.kindred.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child's case notes. Reads are audited; a child the user may not see has no notes (as if it did not exist).
 * Notes are never deleted: a correction keeps the earlier version with who, when and why.
 */
public interface CaseNotes {
    /** Records a note (and its chronology entry); refused with field errors, changing nothing. */
    CaseNote add(long childId, NoteInput note);

    /** Replaces a note's content, keeping the earlier version; {@code reason} is required (field "reason"). */
    CaseNote correct(long childId, long noteId, NoteInput note, String reason);

    Optional<CaseNote> find(long childId, long noteId);

    /** The earlier versions of a note, newest first. */
    List<NoteVersion> versions(long childId, long noteId);

    /** The child's notes, newest contact first. */
    List<CaseNote> forChild(long childId);

    /** The child's notes whose contact was in [from, to), newest first: for the printed record. */
    List<CaseNote> between(long childId, Instant from, Instant to);

    /**
     * The latest {@code limit} notes for a section of the child's page. Not audited by itself: the page that shows
     * it audits its one view of the child's record.
     */
    List<CaseNote> latest(long childId, int limit);

    /** Saves the signed-in user's draft for the child: the form's fields as typed, replacing the last draft. */
    void saveDraft(long childId, Map<String, String> form);

    /** The signed-in user's draft for the child, if any. */
    Optional<Map<String, String>> draft(long childId);

    /** Drops the signed-in user's draft for the child (once the note is saved). */
    void discardDraft(long childId);
}
