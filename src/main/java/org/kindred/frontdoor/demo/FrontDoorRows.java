package org.kindred.frontdoor.demo;

import org.kindred.shared.demo.Columns;
import org.kindred.shared.time.UkTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.kindred.frontdoor.AssessmentDue;
import org.kindred.frontdoor.Consent;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.ReferralSource;
import org.kindred.shared.chronology.ChronologyEntry;

/** Turns a generated year into table rows and chronology entries, as the live code would have recorded them. */
final class FrontDoorRows {
    private static final String WHO = "frontdoor";
    final Columns contacts = new Columns("contact", "id bigint", "child_id bigint", "source text",
            "received_at timestamptz", "worry text", "consent text", "urgent boolean", "decision text",
            "decided_at timestamptz", "decided_by text", "needs_authorisation boolean", "authorised_by text",
            "authorised_at timestamptz", "created_at timestamptz", "created_by text");
    final Columns referrals = new Columns("referral", "id bigint", "contact_id bigint", "child_id bigint",
            "referral_date date", "source text", "primary_need text", "created_at timestamptz", "created_by text");
    final Columns assessments = new Columns("single_assessment", "id bigint", "referral_id bigint", "child_id bigint",
            "started_on date", "worker text", "created_at timestamptz", "created_by text", "seen_on date",
            "seen_alone_on date", "factors csv", "outcome text", "completed_on date", "completed_by text",
            "authorised_on date", "authorised_by text");
    int reReferrals;
    int openAssessments;
    int overdue;
    private long contactId;
    private long referralId;
    private long assessmentId;

    FrontDoorRows(long firstContact, long firstReferral, long firstAssessment) {
        this.contactId = firstContact;
        this.referralId = firstReferral;
        this.assessmentId = firstAssessment;
    }

    void write(FrontDoorYear year, LocalDate today, List<ChronologyEntry> chronology) {
        for (FrontDoorYear.Contact c : year.contacts) {
            long id = contactId++;
            String link = "/front-door/contacts/" + id;
            ReferralSource source = ReferralSource.fromCode(c.source).orElseThrow();
            String worry = Worries.pick(c.source, new java.util.Random(id));
            contacts.add(id, c.childId, c.source, c.received, worry, Consent.GIVEN.name(), c.urgent,
                    c.decision == null ? null : c.decision.name(), c.decided, c.decision == null ? null : WHO,
                    c.needsAuthorisation, c.authorised == null ? null : "manager", c.authorised, c.received, WHO);
            chronology.add(new ChronologyEntry(c.childId, c.received, "Contact", (c.urgent ? "Urgent contact from "
                    : "Contact from ") + source.label() + ": " + worry, "contact", Long.toString(id), link));
            if (c.decision == null) continue;
            chronology.add(new ChronologyEntry(c.childId, c.decided, "Decision", "Front-door decision: "
                    + c.decision.label(), "contact", Long.toString(id), link));
            if (c.authorised != null) {
                chronology.add(new ChronologyEntry(c.childId, c.authorised, "Decision",
                        "Decision authorised by a team manager: " + c.decision.label(), "contact", Long.toString(id), link));
            }
            if (c.need != null) referral(c, id, link, today, chronology);
        }
    }

    private void referral(FrontDoorYear.Contact c, long contact, String link, LocalDate today,
                          List<ChronologyEntry> chronology) {
        long id = referralId++;
        LocalDate date = UkTime.date(c.received);
        referrals.add(id, contact, c.childId, date, c.source, c.need.name(), c.decided, WHO);
        if (c.reReferral) reReferrals++;
        chronology.add(new ChronologyEntry(c.childId, c.decided, "Referral", "Referral to children's social care, primary need "
                + c.need.name() + " " + c.need.label(), "referral", Long.toString(id), link));
        DemoEpisode e = c.episode;
        if (e == null) return;
        long a = assessmentId++;
        String aid = Long.toString(a);
        assessments.add(a, id, c.childId, e.started, "worker", at(e.started), WHO, e.seen, e.seenAlone,
                e.factors == null ? null : String.join(",", e.factors), e.outcome == null ? null : e.outcome.name(),
                e.completed, e.completed == null ? null : "worker", e.authorised, e.authorised == null ? null : "manager");
        if (e.authorised == null) openAssessments++;
        if (e.overdue(today)) overdue++;
        chronology.add(new ChronologyEntry(c.childId, at(e.started), "Assessment", "Single assessment started, allocated to "
                + "worker; due " + AssessmentDue.from(date), "assessment", aid, link));
        if (e.seen != null) chronology.add(new ChronologyEntry(c.childId, at(e.seen), "Assessment",
                "Child seen for the single assessment on " + UkTime.written(e.seen), "assessment", aid, link));
        if (e.seenAlone != null) chronology.add(new ChronologyEntry(c.childId, at(e.seenAlone), "Assessment",
                "Child seen alone on " + UkTime.written(e.seenAlone), "assessment", aid, link));
        if (e.completed != null) chronology.add(new ChronologyEntry(c.childId, at(e.completed), "Assessment",
                "Single assessment completed: " + e.outcome.label() + "; factors " + String.join(", ", e.factors),
                "assessment", aid, link));
        if (e.authorised != null) chronology.add(new ChronologyEntry(c.childId, at(e.authorised).plusSeconds(3600),
                "Assessment", "Single assessment authorised by Morgan Manager (" + e.outcome.label() + ")",
                "assessment", aid, link));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(UkTime.ZONE).toInstant();
    }
}
