package org.kindred.frontdoor.internal;

import java.time.Duration;
import java.time.Instant;
import org.kindred.frontdoor.Consent;
import org.kindred.frontdoor.NewContact;
import org.kindred.frontdoor.ReferralSource;
import org.kindred.shared.Problems;

/** Checks a new contact's own fields (the child is checked by the register), with GOV.UK style messages. */
final class NewContactCheck {
    /** A partner's clock may run a little fast; more than this ahead of ours is "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private NewContactCheck() {
    }

    static ValidContact validate(NewContact in, Instant now, Problems p) {
        if (in.childId() == null && in.child() == null) {
            p.add("childId", "Enter the child's Kindred id, or the details of a new child");
        }
        ReferralSource source = ReferralSource.fromCode(in.source()).orElse(null);
        if (Dates.blank(in.source())) {
            p.add("source", "Select who made the contact");
        } else if (source == null) {
            p.add("source", "Select who made the contact from the list (CIN census codes 1A to 10)");
        }
        Instant received = in.receivedAt();
        if (received == null) {
            p.add("receivedAt", "Enter the date and time the contact was received");
        } else if (received.isAfter(now.plus(CLOCK_SKEW))) {
            p.add("receivedAt", "Date and time received must be now or in the past");
        } else if (received.isBefore(Dates.EARLIEST.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))) {
            p.add("receivedAt", "Date and time received must be in 2015 or later");
        }
        p.require("worry", in.worry(), "Enter what the worry is about the child");
        Consent consent = Consent.fromName(in.consent()).orElse(null);
        if (consent == null) {
            p.add("consent", "Select whether consent was given");
        }
        return new ValidContact(source, received, Dates.trimmed(in.worry()), consent, Dates.trimmed(in.attachments()),
                Boolean.TRUE.equals(in.urgent()));
    }
}
