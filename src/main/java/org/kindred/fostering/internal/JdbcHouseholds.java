package org.kindred.fostering.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.fostering.FosteringRoles.CanFindPlacements;
import org.kindred.fostering.FosteringRoles.CanRecruitCarers;
import org.kindred.fostering.Household;
import org.kindred.fostering.Households;
import org.kindred.fostering.TemporaryApproval;
import org.kindred.shared.AuditableAction;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcHouseholds implements Households {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FosteringChanges changes;

    JdbcHouseholds(JdbcClient jdbc, ApplicationEventPublisher events, FosteringChanges changes, Optional<Clock> clock) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    @CanFindPlacements
    public List<Household> list(boolean vacanciesOnly, int limit) {
        LocalDate today = today();
        String having = vacanciesOnly ? " having h.places > count(p.id)" : "";
        List<Household> list = jdbc.sql(HouseholdRows.SELECT + " where h.deregistered_on is null" + HouseholdRows.GROUP
                        + having + " order by h.name, h.id limit " + Math.max(1, Math.min(limit, 1000)))
                .query((rs, i) -> HouseholdRows.household(rs, today, List.of(), List.of())).list();
        events.publishEvent(new AuditableAction("LIST", "fostering_household", null, list.size() + " households"));
        return list;
    }

    @Override
    @Transactional
    @CanFindPlacements
    public Household find(long id) {
        Household h = load(id);
        events.publishEvent(new AuditableAction("VIEW", "fostering_household", Long.toString(id), null));
        return h;
    }

    /** The household changed: the measures forgotten, the change audited, the household as it now is. */
    private Household changed(long id, String detail) {
        changes.changed();
        events.publishEvent(new AuditableAction("UPDATE", "fostering_household", Long.toString(id), detail));
        return load(id);
    }

    private Household load(long id) {
        LocalDate today = today();
        List<Household.Member> members = jdbc.sql("select name, relationship, born_on from fostering_household_member where household_id = ? order by id")
                .param(id).query((rs, i) -> new Household.Member(rs.getString(1), rs.getString(2), EnquiryRows.d(rs, "born_on"))).list();
        List<Household.Placed> placed = jdbc.sql("select child_id, from_date, request_id from fostering_household_placement where household_id = ? and to_date is null order by from_date")
                .param(id).query((rs, i) -> {
                    long request = rs.getLong(3);
                    return new Household.Placed(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.wasNull() ? null : request);
                }).list();
        boolean restricted = org.kindred.access.CurrentUser.find().map(u -> u.has(org.kindred.access.Role.FOSTERING_OFFICER)
                || u.has(org.kindred.access.Role.TEAM_MANAGER) || u.administrator()).orElse(false);
        List<Household.Entry> records = jdbc.sql("select kind, on_date, detail, created_by from fostering_household_record"
                        + " where household_id = ?" + (restricted ? "" : " and not restricted") + " order by on_date desc, id desc")
                .param(id).query((rs, i) -> new Household.Entry(rs.getString(1), rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getString(4))).list();
        return jdbc.sql(HouseholdRows.SELECT + " where h.id = ?" + HouseholdRows.GROUP).param(id)
                .query((rs, i) -> HouseholdRows.household(rs, today, members, placed, records)).optional()
                .orElseThrow(() -> new NotFound("No household " + id));
    }

    @Override
    @Transactional
    @CanRecruitCarers
    public Household recordReview(long id, LocalDate on, String supervisingWorker) {
        Household h = load(id);
        Problems p = new Problems();
        if (on == null) p.add("date", "Enter the date of the review");
        else if (on.isAfter(today())) p.add("date", "The date must be today or in the past");
        else if (on.isBefore(h.approvedOn())) p.add("date", "The review must be on or after approval (" + h.approvedOn() + ")");
        p.throwIfAny();
        jdbc.sql("update fostering_household set last_review_on = ?, supervising_worker = coalesce(?, supervising_worker) where id = ?")
                .params(on, supervisingWorker == null || supervisingWorker.isBlank() ? null : supervisingWorker.trim(), id).update();
        return changed(id, "annual review " + on);
    }

    @Override
    @Transactional
    @CanRecruitCarers
    public Household extendTemporaryApproval(long id, LocalDate until) {
        Household h = load(id);
        if (h.temporaryUntil() == null) throw InvalidInput.of("until", "This household has no temporary approval to extend");
        TemporaryApproval t = new TemporaryApproval(h.temporaryUntil().minusWeeks(TemporaryApproval.WEEKS), h.extendedUntil());
        String refused = t.extensionRefused(until);
        if (refused != null) throw InvalidInput.of("until", refused);
        jdbc.sql("update fostering_household set extended_until = ? where id = ?").params(until, id).update();
        return changed(id, "reg. 25 extension to " + until);
    }

    @Override
    @Transactional
    @CanRecruitCarers
    public Household deregister(long id, LocalDate on, String reason) {
        Household h = load(id);
        Problems p = new Problems();
        if (h.deregisteredOn() != null) p.add("reason", "The household was deregistered on " + h.deregisteredOn());
        if (on == null) p.add("date", "Enter the date");
        else if (on.isAfter(today())) p.add("date", "The date must be today or in the past");
        p.require("reason", reason, "Give the reason for deregistration");
        if (!h.placements().isEmpty()) p.add("reason", "Children are still placed here: end their placements first");
        p.throwIfAny();
        jdbc.sql("update fostering_household set deregistered_on = ?, deregistered_reason = ? where id = ?")
                .params(on, reason.trim(), id).update();
        return changed(id, "deregistered");
    }

    static final java.util.Set<String> KINDS = java.util.Set.of("TRAINING", "UNANNOUNCED_VISIT", "DBS_RENEWAL",
            "STANDARDS_CONCERN", "ALLEGATION");

    @Override
    @Transactional
    @CanRecruitCarers
    public Household record(long id, String kind, LocalDate on, String detail) {
        load(id);
        Problems p = new Problems();
        String k = kind == null ? "" : kind.trim().toUpperCase();
        if (!KINDS.contains(k)) p.add("kind", "Select training, an unannounced visit, a DBS renewal, a standards-of-care concern or an allegation");
        if (on == null) p.add("date", "Enter the date");
        else if (on.isAfter(today())) p.add("date", "The date must be today or in the past");
        p.require("detail", detail, "Say what happened");
        p.throwIfAny();
        boolean restricted = k.equals("STANDARDS_CONCERN") || k.equals("ALLEGATION");
        jdbc.sql("insert into fostering_household_record (household_id, kind, on_date, detail, restricted, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, k, on, detail.trim(), restricted, Who.am()).update();
        if (k.equals("DBS_RENEWAL")) jdbc.sql("update fostering_household set dbs_renewed_on = ? where id = ?").params(on, id).update();
        return changed(id, k.toLowerCase());
    }

    @Override
    @Transactional
    @CanRecruitCarers
    public List<Household> temporaryApprovalsEnding(LocalDate today) {
        return jdbc.sql(HouseholdRows.SELECT + " where h.deregistered_on is null and h.temporary_until is not null"
                        + " and coalesce(h.extended_until, h.temporary_until) <= ?" + HouseholdRows.GROUP
                        + " order by coalesce(h.extended_until, h.temporary_until), h.id")
                .param(today.plusDays(TemporaryApproval.ALERT_DAYS))
                .query((rs, i) -> HouseholdRows.household(rs, today, List.of(), List.of())).list();
    }

    private LocalDate today() { return LocalDate.now(clock); }
}
