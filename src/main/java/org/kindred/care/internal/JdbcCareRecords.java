package org.kindred.care.internal;

import org.kindred.shared.time.UkTime;
import static org.kindred.care.internal.CareEventRows.code;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.care.CareEvent;
import org.kindred.care.CareRecord;
import org.kindred.care.CareRecords;
import org.kindred.care.Correction;
import org.kindred.care.CareRoles.CanRecordCare;
import org.kindred.care.CareRoles.CanRecordReviews;
import org.kindred.care.MissingEpisode;
import org.kindred.care.NewCareEvent;
import org.kindred.care.NewMissingEpisode;
import org.kindred.care.PeriodOfCare;
import org.kindred.care.RecordedCareEvent;
import org.kindred.care.Ssda903Episodes;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCareRecords implements CareRecords {
    private final JdbcClient jdbc;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CareDueTable due;
    private final CareChanges changes;

    JdbcCareRecords(JdbcClient jdbc, People people, ApplicationEventPublisher events, CareDueTable due,
                    CareChanges changes, Optional<Clock> clock) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
        this.due = due;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public CareRecord find(long childId) {
        CareRecord record = load(child(childId));
        events.publishEvent(new AuditableAction("VIEW", "care", Long.toString(childId), null));
        return record;
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareRecord record(long childId, NewCareEvent in) {
        Person child = child(childId);
        Problems p = new Problems();
        CareEvent event = NewCareEventCheck.validate(in, today(), child.dateOfBirth(), p);
        p.throwIfAny();
        lockHistory(childId);
        List<CareEvent> all = new ArrayList<>(events(childId).stream().map(RecordedCareEvent::event).toList());
        all.add(event);
        List<PeriodOfCare> periods = Ssda903Episodes.derive(all);
        long id = insertEvent(childId, event);
        EpisodeTable.replace(jdbc, childId, periods);
        events.publishEvent(new AuditableAction("CREATE", "care_event", Long.toString(id),
                event.kind().name() + " on " + event.date() + ", child " + childId));
        CareChronology.publish(events, childId, event.date(), "Care", EventSummary.of(event), "care_event", id);
        due.refresh(childId, child.dateOfBirth(), today());
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordReviews
    public CareRecord recordReview(long childId, LocalDate heldOn, String participation) {
        String code = participation == null || participation.isBlank() ? null : participation.trim().toUpperCase();
        if (code != null && !code.matches("PN[0-7]")) {
            throw org.kindred.shared.InvalidInput.of("participation", "Choose how the child took part (PN0 to PN7)");
        }
        CareRecord record = recordDated(childId, heldOn, "care_review", "held_on", "looked-after review");
        if (code != null) {
            jdbc.sql("update care_review set participation = ? where id = (select max(id) from care_review where child_id = ?)")
                    .params(code, childId).update();
        }
        return record;
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareRecord recordVisit(long childId, LocalDate visitedOn) {
        return recordDated(childId, visitedOn, "care_visit", "visited_on", "statutory visit");
    }

    private CareRecord recordDated(long childId, LocalDate date, String table, String column, String what) {
        Person child = child(childId);
        Problems p = new Problems();
        if (date == null) p.add("date", "Enter the date of the " + what);
        else if (date.isAfter(today())) p.add("date", "The date must be today or in the past");
        p.throwIfAny();
        if (!lookedAfterOn(childId, date)) {
            throw org.kindred.shared.InvalidInput.of("date", "The child was not looked after on " + date);
        }
        long id = jdbc.sql("insert into " + table + " (child_id, " + column + ", created_by) values (?, ?, ?) returning id")
                .params(childId, date, who()).query(Long.class).single();
        events.publishEvent(new AuditableAction("CREATE", table, Long.toString(id), what + " on " + date));
        CareChronology.publish(events, childId, date, what.equals("statutory visit") ? "Visit" : "Review",
                Character.toUpperCase(what.charAt(0)) + what.substring(1) + " held", table, id);
        due.refresh(childId, child.dateOfBirth(), today());
        return load(child);
    }

    @Override
    @Transactional
    @CanRecordCare
    public MissingEpisode recordMissing(long childId, NewMissingEpisode in) {
        child(childId);
        Problems p = new Problems();
        String kind = MissingCheck.validate(in, clock.instant(), p);
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into missing_episode (child_id, kind, started_at, ended_at, rhi_offered_at, rhi_accepted, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, kind, Timestamp.from(in.startedAt()), ts(in.endedAt()), ts(in.rhiOfferedAt()),
                        in.rhiAccepted(), who())
                .query(Long.class).single();
        events.publishEvent(new AuditableAction("CREATE", "missing_episode", Long.toString(id), "child " + childId));
        changes.changed();
        CareChronology.publish(events, childId, in.startedAt(), "Missing",
                ("A".equals(kind) ? "Away from placement without authorisation" : "Missing from care")
                        + (in.endedAt() == null ? "" : "; returned"), "missing_episode", id);
        return missing(childId).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCare
    public MissingEpisode updateMissing(long childId, long missingId, NewMissingEpisode in) {
        child(childId);
        Problems p = new Problems();
        String kind = MissingCheck.validate(in, clock.instant(), p);
        p.throwIfAny();
        int changed = jdbc.sql("""
                update missing_episode set kind = ?, started_at = ?, ended_at = ?, rhi_offered_at = ?, rhi_accepted = ?
                where id = ? and child_id = ? and deleted_at is null""")
                .params(kind, Timestamp.from(in.startedAt()), ts(in.endedAt()), ts(in.rhiOfferedAt()), in.rhiAccepted(),
                        missingId, childId).update();
        if (changed == 0) throw new NotFound("Missing episode");
        events.publishEvent(new AuditableAction("UPDATE", "missing_episode", Long.toString(missingId), "child " + childId));
        changes.changed();
        if (in.endedAt() != null) {
            CareChronology.publish(events, childId, in.endedAt(), "Missing", "Returned after being missing"
                    + (in.rhiOfferedAt() == null ? "" : "; return home interview offered"), "missing_episode", missingId);
        }
        return missing(childId).stream().filter(m -> m.id() == missingId).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    @CanRecordCare
    public CareRecord correct(long childId, long eventId, Correction in) {
        Person child = child(childId);
        Problems p = new Problems();
        p.require("reason", in.reason(), "Enter why the event is being corrected");
        CareEvent replacement = in.replacement() == null ? null
                : NewCareEventCheck.validate(in.replacement(), today(), child.dateOfBirth(), p);
        p.throwIfAny();
        lockHistory(childId);
        List<RecordedCareEvent> recorded = events(childId);
        if (recorded.stream().noneMatch(r -> r.id() == eventId)) throw new NotFound("Care event");
        List<CareEvent> all = new ArrayList<>(recorded.stream().filter(r -> r.id() != eventId)
                .map(RecordedCareEvent::event).toList());
        if (replacement != null) all.add(replacement);
        List<PeriodOfCare> periods = Ssda903Episodes.derive(all);
        Long newId = replacement == null ? null : insertEvent(childId, replacement);
        jdbc.sql("""
                update care_event set deleted_at = now(), deleted_by = ?, deleted_reason = ?, superseded_by = ?
                where id = ? and child_id = ? and deleted_at is null""")
                .params(who(), in.reason().trim(), newId, eventId, childId).update();
        EpisodeTable.replace(jdbc, childId, periods);
        events.publishEvent(new AuditableAction("CORRECT", "care_event", Long.toString(eventId),
                "reason: " + in.reason().trim() + (newId == null ? "; withdrawn" : "; replaced by " + newId)));
        if (replacement != null) {
            CareChronology.publish(events, childId, replacement.date(), "Care", EventSummary.of(replacement) + " (corrected)",
                    "care_event", newId);
        }
        due.refresh(childId, child.dateOfBirth(), today());
        return load(child);
    }

    private long insertEvent(long childId, CareEvent event) {
        return jdbc.sql("""
                insert into care_event (child_id, kind, event_date, legal_status, category_of_need, placement_type,
                    placement_provider, placement_postcode, planned, same_carer, placement_change_reason, reason_ceased,
                    created_by, placement_urn) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, event.kind().name(), event.date(), code(event.legalStatus()), code(event.categoryOfNeed()),
                        event.placement() == null ? null : code(event.placement().type()),
                        event.placement() == null ? null : code(event.placement().provider()),
                        event.placement() == null ? null : event.placement().postcode(), event.planned(),
                        event.sameCarer(), code(event.placementChangeReason()), code(event.reasonCeased()), who(),
                        event.placement() == null ? null : event.placement().urn())
                .query(Long.class).single();
    }

    private CareRecord load(Person child) {
        long childId = child.id();
        List<RecordedCareEvent> recorded = events(childId);
        List<PeriodOfCare> periods = Ssda903Episodes.derive(recorded.stream().map(RecordedCareEvent::event).toList());
        List<LocalDate> reviews = dates("select held_on from care_review where child_id = ? and deleted_at is null order by held_on", childId);
        List<LocalDate> visits = dates("select visited_on from care_visit where child_id = ? and deleted_at is null order by visited_on", childId);
        PeriodOfCare last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        boolean lookedAfter = last != null && last.open();
        return new CareRecord(childId, child.fullName(), lookedAfter, periods, recorded, reviews, visits, missing(childId),
                DueDates.nextReview(last, reviews), DueDates.nextVisit(last, visits));
    }

    /** Two events for one child recorded at once must not both pass the history check: one waits for the other. */
    private void lockHistory(long childId) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(903, hashtext(?))) locked").param(Long.toString(childId))
                .query(Integer.class).single();
    }

    private List<RecordedCareEvent> events(long childId) {
        return jdbc.sql(CareEventRows.SELECT).param("child", childId).query(CareEventRows::map).list();
    }

    private List<MissingEpisode> missing(long childId) {
        return jdbc.sql("""
                select id, kind, started_at, ended_at, rhi_offered_at, rhi_accepted from missing_episode
                where child_id = ? and deleted_at is null order by started_at desc, id desc""").param(childId)
                .query((rs, n) -> MissingEpisode.of(rs.getLong("id"), childId, rs.getString("kind"),
                        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at")),
                        instant(rs.getTimestamp("rhi_offered_at")), (Boolean) rs.getObject("rhi_accepted"), clock.instant()))
                .list();
    }

    private boolean lookedAfterOn(long childId, LocalDate date) {
        return jdbc.sql("select count(*) from care_episode where child_id = ? and decom <= ? and (dec is null or dec >= ?)")
                .params(childId, date, date).query(Long.class).single() > 0;
    }

    private List<LocalDate> dates(String sql, long childId) {
        return jdbc.sql(sql).param(childId).query(LocalDate.class).list();
    }

    private Person child(long childId) {
        return people.find(childId).orElseThrow(() -> new NotFound("Child"));
    }

    private LocalDate today() { return UkTime.today(clock); }

    private static String who() { return CurrentUser.get().username(); }

    private static Timestamp ts(java.time.Instant i) { return i == null ? null : Timestamp.from(i); }

    private static java.time.Instant instant(Timestamp t) { return t == null ? null : t.toInstant(); }
}
