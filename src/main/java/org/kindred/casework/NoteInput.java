package org.kindred.casework;

/**
 * A case note as typed.
 *
 * @param type a {@link NoteType} name
 * @param date ISO yyyy-mm-dd of the contact (not in the future), or {@code DateInput.INVALID}
 * @param time HH:mm, 24-hour
 * @param seen who was seen or spoken to
 * @param seenAlone a {@link SeenAlone} name
 * @param text the note in Markdown (headings, lists, emphasis); raw HTML is shown as text
 */
public record NoteInput(String type, String date, String time, String seen, String seenAlone, String text) {
}
