package org.kindred.returns.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import lombok.RequiredArgsConstructor;
import org.kindred.frontdoor.Assessments;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.Contacts;
import org.kindred.frontdoor.Decision;
import org.kindred.frontdoor.NewAssessment;
import org.kindred.frontdoor.NewContact;
import org.kindred.protection.CinPlan;
import org.kindred.protection.CinPlans;
import org.kindred.protection.Conference;
import org.kindred.protection.Conferences;
import org.kindred.protection.NewConference;
import org.kindred.protection.NewSection47Enquiry;
import org.kindred.protection.NewStrategyDiscussion;
import org.kindred.protection.PlanEnding;
import org.kindred.protection.ProtectionPlans;
import org.kindred.protection.Section47Enquiries;
import org.kindred.protection.Section47Enquiry;
import org.kindred.protection.StrategyDiscussions;
import org.kindred.shared.time.UkTime;
import org.springframework.stereotype.Component;

/**
 * Records one CIN census episode through the modules' APIs, as the steps a worker would have taken. The census
 * lacks some of what the steps ask for; the importer fills it the same way every time: the contact "arrived" at
 * 09:00 on the referral date with consent recorded as given, an assessment's worker is the one given, the strategy discussion is dated the day its
 * enquiry started, an initial conference is chaired by "Imported from the CIN census"; agencies and attendees are "Not recorded in the CIN census".
 */
@Component
@RequiredArgsConstructor
class CinEpisodeWriter {
    static final String IMPORTED = "Imported from the CIN census";
    static final String NOT_RECORDED = "Not recorded in the CIN census";
    private final Contacts contacts;
    private final Assessments assessments;
    private final CinPlans cinPlans;
    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final Conferences conferences;
    private final ProtectionPlans plans;

    /** When the importer says a referral's contact arrived: 09:00 UK time on the referral date. */
    static Instant arrived(LocalDate referralDate) {
        return UkTime.instant(referralDate, LocalTime.of(9, 0));
    }

    void write(long childId, CinEpisodes.Episode e, String worker, ImportResult counted) {
        String source = e.source() == null ? "10" : e.source();
        Contact contact = contacts.record(new NewContact(childId, null, source, arrived(e.referralDate()), IMPORTED,
                "GIVEN", null, false));
        Contact decided = contacts.decide(contact.id(), new Decision("REFERRAL", IMPORTED, e.referralDate(),
                e.primaryNeed()));
        counted.added("referrals");
        for (int i = 0; i < e.assessments().size(); i++) {
            if (i > 0 || worker == null) {
                counted.notImported(worker == null ? "Assessments (no --worker given)" : "Assessments (a second on one referral)", 1);
                continue;
            }
            assessments.start(decided.referralId(), new NewAssessment(e.assessments().get(i).start(), worker));
            counted.added("assessments started");
        }
        for (CinEpisodes.Plan p : e.cinPlans()) {
            CinPlan plan = cinPlans.start(childId, p.start());
            if (p.end() != null) cinPlans.end(plan.id(), p.end(), "Ended as recorded in the imported CIN census");
            counted.added("child in need plans");
        }
        for (CinEpisodes.Enquiry s : e.enquiries()) enquiry(childId, s, e, counted);
    }

    private void enquiry(long childId, CinEpisodes.Enquiry s, CinEpisodes.Episode e, ImportResult counted) {
        long discussion = discussions.record(new NewStrategyDiscussion(childId, s.start(), "OPEN_CASE",
                NOT_RECORDED, IMPORTED, "SECTION_47")).id();
        // The census says only whether a conference followed: "not required" is recorded as not substantiated.
        String outcome = s.icpc() != null ? "CONFERENCE_NEEDED" : s.icpcNotRequired() ? "NOT_SUBSTANTIATED" : null;
        Section47Enquiry enquiry = enquiries.start(new NewSection47Enquiry(discussion, s.start(), null,
                outcome, outcome == null ? null : s.start()));
        counted.added("section 47 enquiries");
        if (s.icpc() == null) return;
        CinEpisodes.ProtectionPlan plan = e.plans().stream().filter(p -> p.start().equals(s.icpc())).findFirst().orElse(null);
        Conference icpc = conferences.record(new NewConference("INITIAL", enquiry.id(), null, s.icpc(), IMPORTED,
                NOT_RECORDED, plan == null ? "NO_PLAN" : "PLAN", plan == null ? null : plan.initialCategory(), null));
        counted.added("initial conferences");
        if (plan != null) {
            counted.added("child protection plans");
            if (plan.end() != null) plans.end(icpc.planId(), new PlanEnding(plan.end(), IMPORTED));
        }
    }
}
