package org.kindred.frontdoor.internal;

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
import org.kindred.frontdoor.FrontDoorRoles.CanDecide;
import org.kindred.frontdoor.NewContact;
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

    JdbcContacts(JdbcClient jdbc, People people, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.people = people;
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
        events.publishEvent(new AuditableAction(contact.isPresent() ? "VIEW" : "VIEW_REFUSED_OR_MISSING", "contact",
                Long.toString(id), null));
        return contact;
    }

    @Override
    @Transactional
    public List<Contact> open() {
        Instant now = clock.instant();
        List<Contact> open = jdbc.sql(ContactRows.SELECT + " and c.decision is null order by c.received_at, c.id")
                .query(ContactRows::map).list().stream()
                .map(this::visible).flatMap(Optional::stream)
                .sorted(Comparator.comparing((Contact c) -> !c.urgent()).thenComparing(Contact::decisionDue))
                .toList();
        events.publishEvent(new AuditableAction("LIST", "contact", null,
                "front-door queue, " + open.size() + " open at " + now));
        return open;
    }

    @Override
    @Transactional
    @CanDecide
    public Contact decide(long id, Decision in) {
        Contact contact = load(id).flatMap(this::visible).orElseThrow(() -> new NotFound("Contact"));
        LocalDate today = LocalDate.now(clock.withZone(ContactDecisionDue.UK));
        ValidDecision d = DecisionCheck.validate(in, contact, today);
        String who = CurrentUser.get().username();
        int changed = jdbc.sql("""
                update contact set decision = :decision, decision_reason = :reason, decided_at = :at, decided_by = :who
                where id = :id and decision is null and deleted_at is null""")
                .param("decision", d.decision().name()).param("reason", d.reason())
                .param("at", java.sql.Timestamp.from(clock.instant())).param("who", who).param("id", id).update();
        if (changed == 0) {
            throw InvalidInput.of("decision", "This contact has already been decided");
        }
        events.publishEvent(new AuditableAction("DECIDE", "contact", Long.toString(id), d.decision().name()));
        if (d.decision() == ContactDecision.REFERRAL) {
            long referral = jdbc.sql("""
                    insert into referral (contact_id, child_id, referral_date, source, primary_need, created_by)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(id, contact.childId(), d.referralDate(), contact.source(), d.primaryNeed().name(), who)
                    .query(Long.class).single();
            events.publishEvent(new AuditableAction("CREATE", "referral", Long.toString(referral),
                    "from contact " + id + ", " + d.primaryNeed().name()));
        }
        return load(id).flatMap(this::visible).orElseThrow();
    }

    private Optional<Contact> load(long id) {
        return jdbc.sql(ContactRows.SELECT + " and c.id = :id").param("id", id).query(ContactRows::map).optional();
    }

    /** The contact with the child's name, or empty when the user may not see the child. */
    private Optional<Contact> visible(Contact c) {
        return people.find(c.childId()).map(Person::fullName).map(name -> ContactRows.named(c, name));
    }
}
