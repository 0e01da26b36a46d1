package org.kindred.frontdoor.internal;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kindred.access.CurrentUser;
import org.kindred.frontdoor.Contact;
import org.kindred.frontdoor.ContactDecision;
import org.kindred.frontdoor.ContactDecisionDue;
import org.kindred.frontdoor.Contacts;
import org.kindred.frontdoor.Decision;
import org.kindred.frontdoor.DecisionNeedsAuthorisation;
import org.kindred.frontdoor.FrontDoorRoles.CanAuthorise;
import org.kindred.frontdoor.ReReferral;
import org.kindred.frontdoor.FrontDoorRoles.CanDecide;
import org.kindred.frontdoor.InformationRequest;
import org.kindred.frontdoor.NewContact;
import org.kindred.frontdoor.QueuePage;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcContacts implements Contacts {
    private final JdbcClient jdbc;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcInformationRequests requests;
    private final FrontDoorChronology chronology;

    JdbcContacts(JdbcClient jdbc, People people, ApplicationEventPublisher events, Optional<Clock> clock,
                 JdbcInformationRequests requests, FrontDoorChronology chronology) {
        this.jdbc = jdbc;
        this.chronology = chronology;
        this.people = people;
        this.requests = requests;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public Contact record(NewContact in) {
        Problems p = new Problems();
        ValidContact c = NewContactCheck.validate(in, clock.instant(), p);
        if (in.childId() != null && people.find(in.childId()).isEmpty()) {
            p.add("childId", "There is no child with this Kindred id");
        }
        p.throwIfAny();
        long childId = in.childId() != null ? in.childId() : createChild(in);
        long id = jdbc.sql("""
                insert into contact (child_id, source, received_at, worry, consent, attachments, urgent, created_by)
                values (:child, :source, :received, :worry, :consent, :attachments, :urgent, :who) returning id""")
                .param("child", childId).param("source", c.source().code())
                .param("received", java.sql.Timestamp.from(c.receivedAt())).param("worry", c.worry())
                .param("consent", c.consent().name()).param("attachments", c.attachments())
                .param("urgent", c.urgent()).param("who", CurrentUser.get().username())
                .query(Long.class).single();
        events.publishEvent(new AuditableAction("CREATE", "contact", Long.toString(id),
                "source " + c.source().code() + ", child " + childId));
        chronology.tell(childId, c.receivedAt(), "Contact", (c.urgent() ? "Urgent contact from " : "Contact from ")
                + c.source().label() + ": " + FrontDoorChronology.brief(c.worry()), "contact", id, id);
        return find(id).orElseThrow();
    }

    /** The register checks the new child; its field errors come back named "child.field". */
    private long createChild(NewContact in) {
        try {
            return people.create(in.child()).id();
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().entrySet().stream().collect(Collectors.toMap(
                    x -> "child." + x.getKey(), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)));
        }
    }

    @Override
    @Transactional
    public Optional<Contact> find(long id) {
        Optional<Contact> contact = load(id).flatMap(this::visible);
        events.publishEvent(AuditableAction.view("contact", id, contact.isPresent()));
        return contact;
    }

    @Override
    @Transactional
    public List<Contact> open() {
        Instant now = clock.instant();
        List<Contact> rows = jdbc.sql(ContactRows.SELECT + " and c.decision is null order by c.received_at, c.id")
                .query(ContactRows::map).list();
        List<Contact> open = visible(rows).stream()
                .sorted(Comparator.comparing((Contact c) -> !c.urgent()).thenComparing(Contact::decisionDue))
                .toList();
        events.publishEvent(new AuditableAction("LIST", "contact", null,
                "front-door queue, " + open.size() + " open at " + now));
        return open;
    }

    @Override
    @Transactional
    public QueuePage openPage(int page) {
        Map<String, Object> counts = jdbc.sql("""
                select count(*) as total, count(*) filter (where urgent) as urgent from contact
                where decision is null and deleted_at is null""").query().singleRow();
        long total = ((Number) counts.get("total")).longValue();
        int pages = (int) Math.max(1, (total + QueuePage.SIZE - 1) / QueuePage.SIZE);
        int p = Math.min(Math.max(1, page), pages);
        // An open contact has no referral yet, so the page is read from the queue index alone.
        List<Contact> rows = visible(jdbc.sql("""
                        select c.*, null::bigint as referral_id from contact c
                        where c.decision is null and c.deleted_at is null
                        order by c.urgent desc, c.received_at, c.id limit :size offset :offset""")
                .param("size", QueuePage.SIZE).param("offset", (p - 1) * QueuePage.SIZE)
                .query(ContactRows::map).list());
        events.publishEvent(new AuditableAction("LIST", "contact", null,
                "front-door queue page " + p + ", " + rows.size() + " shown of " + total + " open"));
        return new QueuePage(rows, total, ((Number) counts.get("urgent")).longValue(), p, pages);
    }

    @Override
    @Transactional
    @CanDecide
    public Contact decide(long id, Decision in) {
        Contact contact = load(id).flatMap(this::visible).orElseThrow(() -> new NotFound("Contact"));
        LocalDate today = UkTime.today(clock);
        ValidDecision d = DecisionCheck.validate(in, contact, today);
        CurrentUser user = CurrentUser.get();
        String who = user.username();
        boolean needs = DecisionNeedsAuthorisation.applies(d.decision(), contact.urgent(), referredRecently(contact));
        boolean self = needs && DecisionNeedsAuthorisation.authorisedByDecider(user.roles());
        java.sql.Timestamp at = java.sql.Timestamp.from(clock.instant());
        int changed = jdbc.sql("""
                update contact set decision = :decision, decision_reason = :reason, decided_at = :at, decided_by = :who,
                       needs_authorisation = :needs, authorised_by = :authBy, authorised_at = :authAt
                where id = :id and decision is null and deleted_at is null""")
                .param("decision", d.decision().name()).param("reason", d.reason()).param("at", at).param("who", who)
                .param("needs", needs).param("authBy", self ? who : null).param("authAt", self ? at : null)
                .param("id", id).update();
        if (changed == 0) {
            throw InvalidInput.of("decision", "This contact has already been decided");
        }
        events.publishEvent(new AuditableAction("DECIDE", "contact", Long.toString(id), d.decision().name()
                + (needs ? (self ? ", authorised by the decider" : ", awaiting authorisation") : "")));
        if (needs && !self) {
            events.publishEvent(new org.kindred.shared.work.AwaitingAuthorisation(contact.childId(), user.id(),
                    "Front-door decision to authorise: " + d.decision().label(), "/front-door/contacts/" + id));
        }
        chronology.tell(contact.childId(), at.toInstant(), "Decision", "Front-door decision: " + d.decision().label()
                + (needs && !self ? " (awaiting a team manager's authorisation)" : "")
                + (d.reason() == null ? "" : ". " + FrontDoorChronology.brief(d.reason())), "contact", id, id);
        events.publishEvent(new org.kindred.frontdoor.ContactDecided(id, contact.childId(), d.decision(),
                UkTime.date(at.toInstant()), contact.sourceLabel(), contact.worry()
                        + (d.reason() == null ? "" : "\nDecision: " + d.reason())));
        if (d.decision() == ContactDecision.REFERRAL) {
            long referral = jdbc.sql("""
                    insert into referral (contact_id, child_id, referral_date, source, primary_need, created_by)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(id, contact.childId(), d.referralDate(), contact.source(), d.primaryNeed().name(), who)
                    .query(Long.class).single();
            events.publishEvent(new AuditableAction("CREATE", "referral", Long.toString(referral),
                    "from contact " + id + ", " + d.primaryNeed().name()));
            chronology.tell(contact.childId(), chronology.on(d.referralDate()), "Referral", "Referral to children's social care"
                    + ", primary need " + d.primaryNeed().name() + " " + d.primaryNeed().label(), "referral", referral, id);
        }
        return load(id).flatMap(this::visible).orElseThrow();
    }

    /** Whether the child had a referral in the 12 months before the contact arrived. */
    private boolean referredRecently(Contact c) {
        LocalDate received = UkTime.date(c.receivedAt());
        List<LocalDate> dates = jdbc.sql("""
                select referral_date from referral where child_id = ? and deleted_at is null and referral_date <= ?""")
                .params(c.childId(), received).query(LocalDate.class).list();
        return ReReferral.isReReferral(received, dates);
    }

    @Override
    @Transactional
    public List<Contact> awaitingAuthorisation() {
        List<Contact> awaiting = visible(jdbc.sql(ContactRows.SELECT
                        + " and c.needs_authorisation and c.authorised_at is null order by c.decided_at, c.id")
                .query(ContactRows::map).list());
        events.publishEvent(new AuditableAction("LIST", "contact", null,
                "awaiting authorisation, " + awaiting.size() + " shown"));
        return awaiting;
    }

    @Override
    @Transactional
    @CanAuthorise
    public Contact authorise(long id) {
        Contact contact = load(id).flatMap(this::visible).orElseThrow(() -> new NotFound("Contact"));
        if (!contact.awaitingAuthorisation()) {
            throw InvalidInput.of("decision", contact.open() ? "There is no decision to authorise yet"
                    : contact.authorisedAt() != null ? "This decision has already been authorised"
                    : "This decision does not need a team manager's authorisation");
        }
        int changed = jdbc.sql("""
                update contact set authorised_by = ?, authorised_at = ?
                where id = ? and needs_authorisation and authorised_at is null""")
                .params(CurrentUser.get().username(), java.sql.Timestamp.from(clock.instant()), id).update();
        if (changed == 0) {
            throw InvalidInput.of("decision", "This decision has already been authorised");
        }
        events.publishEvent(new AuditableAction("AUTHORISE", "contact", Long.toString(id), contact.decision().name()));
        chronology.tell(contact.childId(), chronology.now(), "Decision", "Decision authorised by a team manager: "
                + contact.decision().label(), "contact", id, id);
        return load(id).flatMap(this::visible).orElseThrow();
    }

    @Override
    @Transactional
    @CanDecide
    public InformationRequest requestInformation(long contactId, String agency, String question) {
        return requests.request(visibleOrNotFound(contactId), agency, question);
    }

    @Override
    @Transactional
    @CanDecide
    public InformationRequest recordResponse(long contactId, long requestId, String response) {
        return requests.respond(visibleOrNotFound(contactId), requestId, response);
    }

    @Override
    @Transactional
    public List<InformationRequest> informationRequests(long contactId) {
        List<InformationRequest> list = load(contactId).flatMap(this::visible).isPresent()
                ? requests.forContact(contactId) : List.of();
        events.publishEvent(new AuditableAction("LIST", "information_request", null,
                "contact " + contactId + ", " + list.size() + " shown"));
        return list;
    }

    private Contact visibleOrNotFound(long id) {
        return load(id).flatMap(this::visible).orElseThrow(() -> new NotFound("Contact"));
    }

    private Optional<Contact> load(long id) {
        return jdbc.sql(ContactRows.SELECT + " and c.id = :id").param("id", id).query(ContactRows::map).optional();
    }

    /** The contacts about children the user may see, each with the child's name, read in one go. */
    private List<Contact> visible(List<Contact> contacts) {
        Map<Long, Person> children = people.findAll(contacts.stream().map(Contact::childId).toList());
        return contacts.stream().filter(c -> children.containsKey(c.childId()))
                .map(c -> ContactRows.named(c, children.get(c.childId()).fullName())).toList();
    }

    /** The contact with the child's name, or empty when the user may not see the child. */
    private Optional<Contact> visible(Contact c) {
        return people.find(c.childId()).map(Person::fullName).map(name -> ContactRows.named(c, name));
    }
}
