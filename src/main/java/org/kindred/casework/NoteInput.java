package org.kindred.casework;

import java.time.LocalDate;

/**
 * A case note as typed.
 *
 * @param type a {@link NoteType} name
 * @param date the day of the contact (not in the future); null when left out or not a date (the page says which)
 * @param time HH:mm, 24-hour
 * @param seen who was seen or spoken to
 * @param seenAlone a {@link SeenAlone} name
 * @param text the note in Markdown (headings, lists, emphasis); raw HTML is shown as text
 */
public record NoteInput(String type, LocalDate date, String time, String seen, String seenAlone, String text) {
}
