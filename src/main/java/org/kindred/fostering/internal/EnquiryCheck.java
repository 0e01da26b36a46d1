package org.kindred.fostering.internal;

import java.time.LocalDate;
import java.util.Set;
import org.kindred.fostering.NewEnquiry;
import org.kindred.shared.Problems;

/** Checks an enquiry before anything is stored: a name, a way to reply, consent to be contacted. */
final class EnquiryCheck {
    static final Set<String> STAFF_SOURCES = Set.of("PHONE", "EVENT", "EMAIL", "API");
    static final int MAX = 200;

    private EnquiryCheck() {
    }

    static void validate(NewEnquiry e, boolean isPublic, LocalDate today, Problems p) {
        p.require("name", e.name(), "Enter your full name");
        if (blank(e.email()) && blank(e.phone())) p.add(blank(e.email()) ? "email" : "phone", "Enter an email address or a phone number so we can reply");
        if (!blank(e.email()) && !e.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            p.add("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (!blank(e.phone()) && !e.phone().trim().matches("[+0-9 ()-]{6,20}")) {
            p.add("phone", "Enter a phone number, like 01632 960 001");
        }
        if (!blank(e.postcode()) && !e.postcode().trim().toUpperCase().matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
            p.add("postcode", "Enter a full UK postcode, like ZY1 2AB");
        }
        for (String[] f : new String[][] {{"name", e.name()}, {"email", e.email()}, {"phone", e.phone()}, {"heardVia", e.heardVia()}}) {
            if (f[1] != null && f[1].length() > MAX) p.add(f[0], "Keep this to " + MAX + " characters");
        }
        if (!Boolean.TRUE.equals(e.consentToContact())) {
            p.add("consentToContact", "Confirm that we may contact you about fostering");
        }
        if (!isPublic) {
            if (blank(e.source()) || !STAFF_SOURCES.contains(e.source().trim().toUpperCase())) {
                p.add("source", "Select how the enquiry came in: phone, event, email or API");
            }
            if (e.receivedOn() != null && e.receivedOn().isAfter(today)) p.add("receivedOn", "The date must be today or in the past");
        }
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }
}
