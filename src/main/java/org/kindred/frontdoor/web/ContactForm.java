package org.kindred.frontdoor.web;

import org.kindred.shared.DateInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.kindred.frontdoor.NewContact;
import org.kindred.shared.Problems;
import org.kindred.shared.time.UkTime;

/** The "Record a contact" form exactly as typed, so that it can be shown again with the user's input kept. */
public class ContactForm {
    private String childId;
    private String source;
    private String receivedDay;
    private String receivedMonth;
    private String receivedYear;
    private String receivedTime;
    private String worry;
    private String consent;
    private String attachments;
    private boolean urgent;

    /** A blank form, received now (UK time). */
    static ContactForm now(String childId, java.time.Clock clock) {
        ContactForm f = new ContactForm();
        ZonedDateTime now = ZonedDateTime.now(clock);
        f.childId = childId;
        f.receivedDay = Integer.toString(now.getDayOfMonth());
        f.receivedMonth = Integer.toString(now.getMonthValue());
        f.receivedYear = Integer.toString(now.getYear());
        f.receivedTime = now.format(DateTimeFormatter.ofPattern("HH:mm"));
        return f;
    }

    /** The contact, with when it arrived read from the date input and the time into {@code problems}. */
    NewContact toNewContact(Problems problems) {
        return new NewContact(id(childId), null, source, receivedAt(problems), worry, consent, attachments, urgent);
    }

    /** A number the register may know, -1 for text that is not one (the register knows no such child). */
    private static Long id(String text) {
        if (blank(text)) return null;
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** The moment in UK time from the date inputs and the time; null (with the field's message) when not a real one. */
    private Instant receivedAt(Problems problems) {
        DateInput date = new DateInput(receivedDay, receivedMonth, receivedYear);
        if (date.isBlank() && blank(receivedTime)) return null;
        Problems parts = new Problems();
        LocalDate day = date.read(parts, "receivedAt", "Date received");
        LocalTime time = DateInput.time(parts, "receivedAt", receivedTime);
        if (day == null || time == null) {
            problems.add("receivedAt", "Date and time received must be a real date and time");
            return null;
        }
        return UkTime.instant(day, time);
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }

    public String getChildId() { return childId; }
    public void setChildId(String childId) { this.childId = childId; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getReceivedDay() { return receivedDay; }
    public void setReceivedDay(String receivedDay) { this.receivedDay = receivedDay; }
    public String getReceivedMonth() { return receivedMonth; }
    public void setReceivedMonth(String receivedMonth) { this.receivedMonth = receivedMonth; }
    public String getReceivedYear() { return receivedYear; }
    public void setReceivedYear(String receivedYear) { this.receivedYear = receivedYear; }
    public String getReceivedTime() { return receivedTime; }
    public void setReceivedTime(String receivedTime) { this.receivedTime = receivedTime; }
    public String getWorry() { return worry; }
    public void setWorry(String worry) { this.worry = worry; }
    public String getConsent() { return consent; }
    public void setConsent(String consent) { this.consent = consent; }
    public String getAttachments() { return attachments; }
    public void setAttachments(String attachments) { this.attachments = attachments; }
    public boolean isUrgent() { return urgent; }
    public void setUrgent(boolean urgent) { this.urgent = urgent; }
}
