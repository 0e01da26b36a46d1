package org.kindred.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.kindred.casework.CaseNote;
import org.kindred.casework.NoteInput;
import org.kindred.shared.DateInput;
import org.kindred.shared.Problems;

/** The note form as a map of typed fields, to and from {@link NoteInput}. */
final class NoteForms {
    static final ZoneId UK = ZoneId.of("Europe/London");

    private NoteForms() {
    }

    /** The note as typed, its date read into {@code problems} ("The date of the contact must be a real date"). */
    static NoteInput input(Map<String, String> form, Problems problems) {
        LocalDate date = DateInput.from(form, "contact").read(problems, "contact", "The date of the contact");
        return new NoteInput(form.get("type"), date, form.get("contactTime"),
                form.get("seen"), form.get("seenAlone"), form.get("text"));
    }

    /** A new note's form: today's date, the time now. */
    static Map<String, String> fresh(Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(UK));
        Map<String, String> form = DateInput.filled("contact", now.toLocalDate());
        form.put("contactTime", String.format("%02d:%02d", now.getHour(), now.getMinute()));
        return form;
    }

    /** A saved note's fields, for its correction. */
    static Map<String, String> of(CaseNote note) {
        ZonedDateTime at = note.contactAt().atZone(UK);
        Map<String, String> form = new HashMap<>(DateInput.filled("contact", at.toLocalDate()));
        form.put("contactTime", String.format("%02d:%02d", at.getHour(), at.getMinute()));
        form.put("type", note.type().name());
        form.put("seen", note.seen());
        form.put("seenAlone", note.seenAlone().name());
        form.put("text", note.body());
        return form;
    }
}
