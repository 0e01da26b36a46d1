package org.kindred.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.casework.NoteInput;
import org.kindred.casework.NoteType;
import org.kindred.casework.SeenAlone;
import org.kindred.shared.InvalidInput;

/** The checks on a typed note: one message per field, in the order of the form. */
final class NoteCheck {
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final int MAX_TEXT = 100_000;

    record Valid(NoteType type, Instant contactAt, String seen, SeenAlone seenAlone, String text) {
    }

    private NoteCheck() {
    }

    static Valid validate(NoteInput in, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        NoteType type = parse(NoteType.class, in.type());
        if (type == null) errors.put("type", "Select the type of note");
        Instant at = null;
        LocalDate date = in.date();
        if (date == null) errors.put("contact", "Enter the date of the contact");
        LocalTime time = time(in.time());
        if (time == null) errors.put("contactTime", "Enter the time of the contact as 24-hour time, like 14:30");
        if (date != null && time != null) {
            at = date.atTime(time).atZone(UK).toInstant();
            if (at.isAfter(now.plusSeconds(300))) errors.put("contact", "The contact must not be in the future");
        }
        String seen = in.seen() == null ? "" : in.seen().trim();
        if (seen.isEmpty()) errors.put("seen", "Enter who was seen or spoken to");
        else if (seen.length() > 500) errors.put("seen", "Who was seen must be 500 characters or fewer");
        SeenAlone alone = parse(SeenAlone.class, in.seenAlone());
        if (alone == null) errors.put("seenAlone", "Select whether the child was seen alone");
        String text = in.text() == null ? "" : in.text().strip();
        if (text.isEmpty()) errors.put("text", "Enter the note");
        else if (text.length() > MAX_TEXT) errors.put("text", "The note must be 100,000 characters or fewer");
        if (!errors.isEmpty()) throw new InvalidInput(errors);
        return new Valid(type, at, seen, alone, text);
    }

    private static LocalTime time(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            String t = s.trim().replace('.', ':');
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Enum.valueOf(type, name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
