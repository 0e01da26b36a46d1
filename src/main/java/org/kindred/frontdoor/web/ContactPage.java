package org.kindred.frontdoor.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.access.CurrentUser;
import org.kindred.access.Role;
import org.kindred.frontdoor.Assessment;
import org.kindred.frontdoor.AssessmentFactor;
import org.kindred.frontdoor.AssessmentOutcome;
import org.kindred.frontdoor.Assessments;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.ContactDecision;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.Contacts;
import org.kindred.frontdoor.PrimaryNeed;
import org.kindred.frontdoor.Referrals;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the contact page: the contact, its decision, information requests, referral and single assessment. */
@Component
class ContactPage {
    private final Clock clock;
    private final Contacts contacts;
    private final Referrals referrals;
    private final Assessments assessments;

    ContactPage(Contacts contacts, Referrals referrals, Assessments assessments, Clock clock) {
        this.clock = clock;
        this.contacts = contacts;
        this.referrals = referrals;
        this.assessments = assessments;
    }

    /** @param steps the typed assessment step forms (a map), or null for fresh ones dated today */
    String render(Model model, Contact contact, DecisionForm form, AssessmentForm assessmentForm,
                  Map<String, String> steps, Map<String, String> errors) {
        CurrentUser user = CurrentUser.get();
        boolean manager = user.has(Role.TEAM_MANAGER) || user.administrator();
        boolean recorder = manager || user.has(Role.FRONT_DOOR_WORKER) || user.has(Role.SOCIAL_WORKER);
        Assessment assessment = contact.referralId() == null ? null
                : assessments.forReferral(contact.referralId()).orElse(null);
        model.addAttribute("contact", contact);
        model.addAttribute("rag", contact.rag(clock.instant()));
        model.addAttribute("referral", contact.referralId() == null ? null
                : referrals.find(contact.referralId()).orElse(null));
        model.addAttribute("assessment", assessment);
        model.addAttribute("canStartAssessment", recorder);
        model.addAttribute("canRecordAssessment", recorder);
        model.addAttribute("canAuthoriseAssessment", manager);
        model.addAttribute("assessmentForm", assessmentForm);
        model.addAttribute("steps", steps != null ? steps : freshSteps());
        model.addAttribute("factors", AssessmentFactor.values());
        model.addAttribute("outcomes", AssessmentOutcome.values());
        model.addAttribute("requests", contacts.informationRequests(contact.id()));
        model.addAttribute("canRequest", user.has(Role.FRONT_DOOR_WORKER) || manager);
        model.addAttribute("canAuthorise", contact.awaitingAuthorisation() && manager);
        model.addAttribute("canDecide", contact.open() && (user.has(Role.FRONT_DOOR_WORKER) || manager));
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("decisions", ContactDecision.values());
        model.addAttribute("needs", PrimaryNeed.values());
        return "frontdoor/contact";
    }

    /** The step forms dated today, the usual case. */
    Map<String, String> freshSteps() {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> m = new HashMap<>();
        for (String name : new String[] {"completedOn", "authorisedOn"}) {
            m.put(name + "Day", Integer.toString(today.getDayOfMonth()));
            m.put(name + "Month", Integer.toString(today.getMonthValue()));
            m.put(name + "Year", Integer.toString(today.getYear()));
        }
        return m;
    }
}
