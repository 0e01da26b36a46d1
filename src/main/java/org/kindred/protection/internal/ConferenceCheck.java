package org.kindred.protection.internal;

import java.time.LocalDate;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.ConferenceDecision;
import org.kindred.protection.ConferenceType;
import org.kindred.protection.NewConference;
import org.kindred.protection.Section47Enquiry;
import org.kindred.protection.Section47Outcome;
import org.kindred.shared.Problems;

/** Checks a conference against the enquiry it follows (initial) or the plan it reviews. */
final class ConferenceCheck {
    private ConferenceCheck() {
    }

    /** The fields every conference has. */
    static ValidConference common(Problems p, NewConference in, LocalDate today) {
        ConferenceType type = ConferenceType.fromName(in.type()).orElse(null);
        if (type == null) p.add("type", "Select initial or review conference");
        LocalDate heldOn = Checks.required(p, "heldOn", in.heldOn(), "Date of the conference",
                "Enter the date of the conference", today);
        p.require("chair", in.chair(), "Enter the chair's name");
        p.require("attendees", in.attendees(), "Enter who attended");
        ConferenceDecision decision = ConferenceDecision.fromName(in.decision()).orElse(null);
        if (decision == null || (type != null && decision.type() != type)) {
            p.add("decision", "Select the conference's decision");
        }
        CategoryOfAbuse category = CategoryOfAbuse.from(in.category()).orElse(null);
        if (!Checks.blank(in.category()) && category == null) {
            p.add("category", "Select the category of abuse from the list");
        } else if (decision == ConferenceDecision.PLAN && category == null) {
            p.add("category", "Select the category of abuse for the plan");
        }
        if (decision == ConferenceDecision.END_PLAN) p.require("endReason", in.endReason(), "Enter why the plan ends");
        return new ValidConference(type, heldOn, Checks.trimmed(in.chair()), Checks.trimmed(in.attendees()),
                decision, category, Checks.trimmed(in.endReason()));
    }

    static void initial(Problems p, ValidConference c, Section47Enquiry e, boolean openPlan) {
        if (e == null) {
            p.add("section47Id", "There is no section 47 enquiry with this id");
        } else if (e.icpcDate() != null) {
            p.add("section47Id", "This enquiry already had its initial conference");
        } else if (e.outcome() != null && e.outcome() != Section47Outcome.CONFERENCE_NEEDED) {
            p.add("section47Id", "This enquiry's outcome was that no conference is needed");
        } else {
            Checks.notBefore(p, "heldOn", c.heldOn(), e.startDate(),
                    "Date of the conference must be on or after the enquiry started");
        }
        if (openPlan && c.decision() == ConferenceDecision.PLAN) {
            p.add("decision", "The child already has an open plan: record a review conference instead");
        }
    }

    static void review(Problems p, ValidConference c, ChildProtectionPlan plan) {
        if (plan == null) {
            p.add("planId", "There is no child protection plan with this id");
        } else if (!plan.open()) {
            p.add("planId", "This plan has ended");
        } else {
            LocalDate last = plan.reviewDates().isEmpty() ? plan.icpcDate()
                    : plan.reviewDates().get(plan.reviewDates().size() - 1);
            Checks.notBefore(p, "heldOn", c.heldOn(), last.plusDays(1),
                    "Date of the conference must be after the plan's last conference");
        }
    }
}
