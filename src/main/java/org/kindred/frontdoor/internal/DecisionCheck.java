package org.kindred.frontdoor.internal;

import org.kindred.shared.time.UkTime;
import java.time.LocalDate;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.ContactDecision;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.Decision;
import org.kindred.frontdoor.PrimaryNeed;
import org.kindred.shared.Problems;

/** Checks a decision against the contact it decides. */
final class DecisionCheck {
    private DecisionCheck() {
    }

    static ValidDecision validate(Decision in, Contact contact, LocalDate today) {
        Problems p = new Problems();
        if (!contact.open()) {
            p.add("decision", "This contact has already been decided: " + contact.decision().label());
            p.throwIfAny();
        }
        ContactDecision decision = ContactDecision.fromName(in.decision()).orElse(null);
        if (decision == null) {
            p.add("decision", "Select the decision");
        }
        LocalDate referralDate = null;
        PrimaryNeed need = null;
        if (decision == ContactDecision.REFERRAL) {
            referralDate = in.referralDate();
            LocalDate received = UkTime.date(contact.receivedAt());
            if (referralDate == null) {
                p.add("referralDate", "Enter the referral date");
            } else if (referralDate.isAfter(today)) {
                p.add("referralDate", "Referral date must be today or in the past");
            } else if (referralDate.isBefore(received)) {
                p.add("referralDate", "Referral date must be on or after the date the contact was received");
            }
            need = PrimaryNeed.fromCode(in.primaryNeed()).orElse(null);
            if (need == null) {
                p.add("primaryNeed", "Select the child's primary need (N1 to N9)");
            }
        }
        p.throwIfAny();
        return new ValidDecision(decision, Dates.trimmed(in.reason()), referralDate, need);
    }
}
