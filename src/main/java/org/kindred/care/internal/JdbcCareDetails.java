package org.kindred.care.internal;

import org.kindred.shared.time.UkTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.insight.FiguresChanged;
import org.kindred.care.CareDetail;
import org.kindred.care.CareDetails;
import org.kindred.care.CareLeaverEligibility;
import org.kindred.care.CareRoles.CanRecordCare;
import org.kindred.care.CheckKind;
import org.kindred.care.NextDue;
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
class JdbcCareDetails implements CareDetails {
    private final JdbcClient jdbc;
    private final People people;
    private final ApplicationEventPublisher events;
    private final CareDueTable due;
    private final DetailRows rows;
    private final Clock clock;

    JdbcCareDetails(JdbcClient jdbc, People people, ApplicationEventPublisher events, CareDueTable due,
                    Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
        this.due = due;
        this.rows = new DetailRows(jdbc);
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public CareDetail find(long childId) {
        Person child = child(childId);
        events.publishEvent(new AuditableAction("VIEW", "care_detail", Long.toString(childId), null));
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareDetail recordCheck(long childId, NewCheck in) {
        Person child = child(childId);
        Problems p = new Problems();
        CheckKind kind = null;
        try {
            kind = in.kind() == null ? null : CheckKind.valueOf(in.kind().trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        if (kind == null) p.add("kind", "Choose what was held");
        DetailChecks.date(p, "date", in.date(), today(), "check");
        p.throwIfAny();
        long id = insert("insert into care_check (child_id, kind, held_on, created_by) values (?, ?, ?, ?) returning id",
                childId, kind.name(), in.date(), who());
        done(child, "care_check", id, in.date(), kind.label(), kind.label() + " held");
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareDetail recordOutcome(long childId, NewOutcome o) {
        Person child = child(childId);
        Problems p = new Problems();
        DetailChecks.outcome(o, p);
        p.throwIfAny();
        long id = insert("""
                insert into care_outcome (child_id, year, sdq_score, sdq_reason, convicted, health_check, immunisations,
                    substance_misuse, intervention_received, intervention_offered, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (child_id, year) do update set sdq_score = excluded.sdq_score, sdq_reason = excluded.sdq_reason,
                    convicted = excluded.convicted, health_check = excluded.health_check,
                    immunisations = excluded.immunisations, substance_misuse = excluded.substance_misuse,
                    intervention_received = excluded.intervention_received,
                    intervention_offered = excluded.intervention_offered, updated_by = excluded.updated_by, updated_at = now()
                returning id""", childId, o.year(), o.sdqScore(), o.sdqReason(), o.convicted(), o.healthCheck(),
                o.immunisations(), o.substanceMisuse(), o.interventionReceived(), o.interventionOffered(), who());
        events.publishEvent(new AuditableAction("UPDATE", "care_outcome", Long.toString(id), "year " + o.year()));
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareDetail recordUasc(long childId, NewUasc u) {
        Person child = child(childId);
        Problems p = new Problems();
        DetailChecks.date(p, "from", u.from(), today(), "start of UASC status");
        LocalDate eighteen = child.dateOfBirth() == null ? null : child.dateOfBirth().plusYears(18);
        LocalDate duc = u.duc() != null ? u.duc() : eighteen;
        if (duc == null) p.add("duc", "Enter the date UASC status ceases");
        else if (eighteen != null && duc.isAfter(eighteen)) p.add("duc", "UASC status ceases on or before the 18th birthday");
        else if (u.from() != null && duc.isBefore(u.from())) p.add("duc", "UASC status cannot cease before it started");
        p.throwIfAny();
        replaceCurrent("care_uasc", childId);
        long id = insert("insert into care_uasc (child_id, uasc_from, duc, created_by) values (?, ?, ?, ?) returning id",
                childId, u.from(), duc, who());
        done(child, "care_uasc", id, u.from(), "UASC", "Unaccompanied asylum-seeking child from this date");
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareDetail recordFamilyContact(long childId, NewFamilyContact c) {
        Person child = child(childId);
        Problems p = new Problems();
        DetailChecks.date(p, "date", c.date(), today(), "contact");
        p.require("withWhom", c.withWhom(), "Enter who the child had contact with");
        p.require("how", c.how(), "Enter how the contact happened");
        p.throwIfAny();
        long id = insert("""
                insert into care_family_contact (child_id, contacted_on, with_whom, how, note, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""", childId, c.date(), c.withWhom().trim(), c.how().trim(), c.note(), who());
        done(child, "care_family_contact", id, c.date(), "Family contact", "Contact with " + c.withWhom().trim() + " (" + c.how().trim() + ")");
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareDetail recordAdviser(long childId, NewAdviser a) {
        Person child = child(childId);
        Problems p = new Problems();
        p.require("adviser", a.adviser(), "Enter the personal adviser's name");
        DetailChecks.date(p, "from", a.from(), today(), "start of the personal adviser");
        p.throwIfAny();
        long id = insert("insert into care_leaver_adviser (child_id, adviser, from_date, created_by) values (?, ?, ?, ?) returning id",
                childId, a.adviser().trim(), a.from(), who());
        done(child, "care_leaver_adviser", id, a.from(), "Personal adviser", a.adviser().trim() + " became the personal adviser");
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareDetail recordLeaverOutcome(long childId, NewLeaverOutcome o) {
        Person child = child(childId);
        Problems p = new Problems();
        DetailChecks.leaverOutcome(o, p);
        p.throwIfAny();
        if (child.dateOfBirth() == null || child.dateOfBirth().plusYears(o.age()).isAfter(today().plusMonths(2))) {
            throw InvalidInput.of("age", "Record the care leaver's information around that birthday, not long before it");
        }
        CareLeaverEligibility.Status status = due.compute(childId, child.dateOfBirth(), today()).leavingCare();
        if (status != CareLeaverEligibility.Status.FORMER_RELEVANT && status != CareLeaverEligibility.Status.RELEVANT) {
            throw InvalidInput.of("age", "The young person is not a relevant or former relevant child (13 weeks in care since 14)");
        }
        long id = insert("""
                insert into care_leaver_outcome (child_id, age, in_touch, activ, accom, updated_by, birthday)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (child_id, age) do update set in_touch = excluded.in_touch, activ = excluded.activ,
                    accom = excluded.accom, updated_by = excluded.updated_by, updated_at = now(),
                    birthday = excluded.birthday returning id""",
                childId, o.age(), o.inTouch().trim().toUpperCase(), o.activity().trim().toUpperCase(),
                o.accommodation().trim().toUpperCase(), who(), child.dateOfBirth().plusYears(o.age()));
        events.publishEvent(new FiguresChanged(child.dateOfBirth().plusYears(o.age())));
        events.publishEvent(new AuditableAction("UPDATE", "care_leaver_outcome", Long.toString(id), "age " + o.age()));
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareDetail recordAdoption(long childId, NewAdoption a) {
        Person child = child(childId);
        Problems p = new Problems();
        DetailChecks.adoption(a, today(), p);
        p.throwIfAny();
        replaceCurrent("care_adoption", childId);
        long id = insert("""
                insert into care_adoption (child_id, date_int, date_match, foster_care, nb_adoptr, sex_adoptr, ls_adoptr, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", childId, a.dateShouldBePlaced(), a.dateMatched(),
                a.fosterCarers(), a.adopters(), a.adoptersSex(), a.adoptersLegalStatus(), who());
        done(child, "care_adoption", id, a.dateMatched(), "Adoption", "Matched with adopters");
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareDetail recordAdoptionDecision(long childId, NewAdoptionDecision d) {
        Person child = child(childId);
        Problems p = new Problems();
        DetailChecks.decision(d, today(), p);
        p.throwIfAny();
        int updated = jdbc.sql("""
                update care_adoption_decision set date_placed_ceased = ?, reason_placed_ceased = ?
                where child_id = ? and date_placed = ? and deleted_at is null""")
                .params(d.ceased(), d.reasonCeased(), childId, d.decided()).update();
        if (updated == 0) {
            long open = jdbc.sql("select count(*) from care_adoption_decision where child_id = ? and date_placed_ceased is null and deleted_at is null")
                    .param(childId).query(Long.class).single();
            if (open > 0) throw InvalidInput.of("decided", "A decision to place for adoption is still open: record when it ceased first");
            long id = insert("""
                    insert into care_adoption_decision (child_id, date_placed, date_placed_ceased, reason_placed_ceased, created_by)
                    values (?, ?, ?, ?, ?) returning id""", childId, d.decided(), d.ceased(), d.reasonCeased(), who());
            done(child, "care_adoption_decision", id, d.decided(), "Decision", "Decision that the child should be placed for adoption");
        } else {
            events.publishEvent(new AuditableAction("UPDATE", "care_adoption_decision", Long.toString(childId), "ceased " + d.ceased()));
        }
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareDetail recordPreviousPermanence(long childId, NewPreviousPermanence pp) {
        Person child = child(childId);
        Problems p = new Problems();
        DetailChecks.permanence(pp, p);
        p.throwIfAny();
        long periods = jdbc.sql("select count(*) from care_episode where child_id = ? and period_start = ?")
                .params(childId, pp.periodStart()).query(Long.class).single();
        if (periods == 0) throw InvalidInput.of("periodStart", "No period of care started on that date");
        long id = insert("""
                insert into care_previous_permanence (child_id, period_start, prev_perm, la_perm, date_perm, updated_by)
                values (?, ?, ?, ?, ?, ?) on conflict (child_id, period_start) do update set prev_perm = excluded.prev_perm,
                    la_perm = excluded.la_perm, date_perm = excluded.date_perm, updated_by = excluded.updated_by,
                    updated_at = now() returning id""",
                childId, pp.periodStart(), pp.previousPermanence(), pp.localAuthority(), pp.orderDate(), who());
        events.publishEvent(new AuditableAction("UPDATE", "care_previous_permanence", Long.toString(id), null));
        return load(child);
    }

    private void done(Person child, String table, long id, LocalDate on, String category, String summary) {
        events.publishEvent(new AuditableAction("CREATE", table, Long.toString(id), "child " + child.id()));
        CareChronology.publish(events, child.id(), on, category, summary, table, id);
        due.refresh(child.id(), child.dateOfBirth(), today());
    }

    private CareDetail load(Person child) {
        NextDue next = due.compute(child.id(), child.dateOfBirth(), today());
        return rows.load(child.id(), next);
    }

    /** The child's current row of a one-row-per-child table is kept, marked replaced, when a new one is recorded. */
    private void replaceCurrent(String table, long childId) {
        jdbc.sql("update " + table + " set deleted_at = now(), deleted_by = ?, deleted_reason = 'replaced'"
                + " where child_id = ? and deleted_at is null").params(who(), childId).update();
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private Person child(long childId) {
        return people.find(childId).orElseThrow(() -> new NotFound("Child"));
    }

    private LocalDate today() { return UkTime.today(clock); }

    private static String who() { return CurrentUser.get().username(); }
}
