package org.kindred.frontdoor.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.ContactDecided;
import org.kindred.frontdoor.ContactDecision;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.FrontDoorRoles.CanDecide;
import org.kindred.frontdoor.PastReferral;
import org.kindred.frontdoor.PastReferrals;
import org.kindred.person.People;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.AuditableActions;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;
import org.kindred.shared.chronology.ChronologyEntries;
import org.kindred.shared.chronology.ChronologyEntry;
import org.kindred.shared.time.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Past referrals in a few statements however many: checked as JdbcContacts checks one, written from arrays
 * ({@link PastReferralRows}), audited and told to the chronology as one event each for the whole batch.
 */
@Service
class JdbcPastReferrals implements PastReferrals {
    private final PastReferralRows rows;
    private final People people;
    private final ApplicationEventPublisher events;
    private final FrontDoorChronology chronology;
    private final Clock clock;

    JdbcPastReferrals(PastReferralRows rows, People people, ApplicationEventPublisher events,
                      FrontDoorChronology chronology, Optional<Clock> clock) {
        this.rows = rows;
        this.people = people;
        this.events = events;
        this.chronology = chronology;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public Map<String, String> refusal(PastReferral in) {
        return check(in, clock.instant()).errors;
    }

    @Override
    @Transactional
    @CanDecide
    public List<Long> recordAll(List<PastReferral> referrals) {
        Instant now = clock.instant();
        List<Checked> valid = new ArrayList<>(referrals.size());
        for (int i = 0; i < referrals.size(); i++) {
            Checked c = check(referrals.get(i), now);
            if (!c.errors.isEmpty()) throw named(i, c.errors);
            valid.add(c);
        }
        if (valid.isEmpty()) return List.of();
        var hidden = people.hiddenAmong(valid.stream().map(c -> c.childId).toList());
        for (int i = 0; i < valid.size(); i++) {
            if (hidden.contains(valid.get(i).childId)) {
                throw named(i, Map.of("childId", "There is no child with this Kindred id"));
            }
        }
        String who = CurrentUser.get().username();
        PastReferralRows.Ids ids = rows.insert(valid.stream().map(c -> c.row).toList(), now, who);
        tell(valid, ids, now);
        return ids.referrals();
    }

    /** The audit entries and chronology steps JdbcContacts records for record then decide, one event each. */
    private void tell(List<Checked> valid, PastReferralRows.Ids ids, Instant now) {
        List<AuditableAction> audit = new ArrayList<>(valid.size() * 3);
        List<ChronologyEntry> steps = new ArrayList<>(valid.size() * 3);
        for (int i = 0; i < valid.size(); i++) {
            PastReferralRows.Row r = valid.get(i).row;
            long contact = ids.contacts().get(i);
            long referral = ids.referrals().get(i);
            String link = "/front-door/contacts/" + contact;
            audit.add(new AuditableAction("CREATE", "contact", Long.toString(contact),
                    "source " + r.contact().source().code() + ", child " + r.childId()));
            audit.add(new AuditableAction("DECIDE", "contact", Long.toString(contact), ContactDecision.REFERRAL.name()));
            audit.add(new AuditableAction("CREATE", "referral", Long.toString(referral),
                    "from contact " + contact + ", " + r.decision().primaryNeed().name()));
            steps.add(new ChronologyEntry(r.childId(), r.contact().receivedAt(), "Contact",
                    (r.contact().urgent() ? "Urgent contact from " : "Contact from ") + r.contact().source().label() + ": "
                            + FrontDoorChronology.brief(r.contact().worry()), "contact", Long.toString(contact), link));
            steps.add(new ChronologyEntry(r.childId(), now, "Decision", "Front-door decision: "
                    + ContactDecision.REFERRAL.label() + (r.decision().reason() == null ? ""
                    : ". " + FrontDoorChronology.brief(r.decision().reason())), "contact", Long.toString(contact), link));
            steps.add(new ChronologyEntry(r.childId(), chronology.on(r.decision().referralDate()), "Referral",
                    "Referral to children's social care, primary need " + r.decision().primaryNeed().name() + " "
                            + r.decision().primaryNeed().label(), "referral", Long.toString(referral), link));
        }
        events.publishEvent(new AuditableActions(audit));
        events.publishEvent(new ChronologyEntries(steps));
        for (int i = 0; i < valid.size(); i++) {
            PastReferralRows.Row r = valid.get(i).row;
            events.publishEvent(new ContactDecided(ids.contacts().get(i), r.childId(), ContactDecision.REFERRAL,
                    UkTime.date(now), r.contact().source().label(), r.contact().worry()
                    + (r.decision().reason() == null ? "" : "\nDecision: " + r.decision().reason())));
        }
    }

    /** As JdbcContacts: the contact's own fields first; only a contact that passes has its decision checked. */
    private Checked check(PastReferral in, Instant now) {
        Long childId = in.contact().childId();
        if (childId == null) return new Checked(null, null, Map.of("childId", "Enter the child's Kindred id"));
        Problems p = new Problems();
        ValidContact c = NewContactCheck.validate(in.contact(), now, p);
        try {
            p.throwIfAny();
            ValidDecision d = DecisionCheck.validate(in.decision(), open(childId, c), UkTime.today(clock));
            if (d.decision() != ContactDecision.REFERRAL) {
                return new Checked(null, null, Map.of("decision", "A past referral is a decision to refer"));
            }
            return new Checked(childId, new PastReferralRows.Row(childId, c, d), Map.of());
        } catch (InvalidInput e) {
            return new Checked(null, null, e.errors());
        }
    }

    /** The contact as recorded and not yet decided: what the decision is checked against. */
    private static Contact open(long childId, ValidContact c) {
        return new Contact(0, childId, null, c.source().code(), c.source().label(), c.receivedAt(), c.worry(),
                c.consent(), c.attachments(), c.urgent(), ContactDecisionDue.due(c.receivedAt()), null, null, null,
                null, null, false, null, null, null, null);
    }

    private static InvalidInput named(int i, Map<String, String> errors) {
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((field, message) -> named.put("referrals[" + i + "]." + field, message));
        return new InvalidInput(named);
    }

    private record Checked(Long childId, PastReferralRows.Row row, Map<String, String> errors) {
    }
}
