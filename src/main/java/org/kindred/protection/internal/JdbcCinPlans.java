package org.kindred.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.person.People;
import org.kindred.protection.CinPlan;
import org.kindred.protection.CinPlanReviewSchedule;
import org.kindred.protection.CinPlans;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCinPlans implements CinPlans {
    private static final String SELECT = "select * from cin_plan where deleted_at is null";
    private final JdbcClient jdbc;
    private final People people;
    private final Audit audit;
    private final ProtectionChronology chronology;
    private final Clock clock;

    JdbcCinPlans(JdbcClient jdbc, People people, Audit audit, ProtectionChronology chronology, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.chronology = chronology;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public CinPlan start(Long childId, LocalDate startDate) {
        Problems p = new Problems();
        if (childId == null) {
            p.add("childId", "Enter the child's Kindred id");
        } else if (people.find(childId).isEmpty()) {
            p.add("childId", "There is no child with this Kindred id");
        } else if (rows(childId).stream().anyMatch(c -> c.endDate() == null)) {
            p.add("childId", "The child already has an open child in need plan");
        }
        LocalDate start = Checks.required(p, "startDate", startDate, "Start date", "Enter the start date",
                Checks.today(clock));
        p.throwIfAny();
        long id = jdbc.sql("insert into cin_plan (child_id, start_date, created_by) values (?, ?, ?) returning id")
                .params(childId, start, CurrentUser.get().username()).query(Long.class).single();
        audit.record("CREATE", "cin_plan", id, "child " + childId);
        chronology.step(childId, start, "Child in need plan", "Child in need plan started", "cin_plan", id,
                "cin-plans");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public CinPlan review(long id, LocalDate heldOn) {
        CinPlan plan = visible(id).orElseThrow(() -> new NotFound("Child in need plan"));
        if (!plan.open()) throw InvalidInput.of("heldOn", "This plan has ended");
        Problems p = new Problems();
        LocalDate on = Checks.required(p, "heldOn", heldOn, "Date of the review", "Enter the date of the review",
                Checks.today(clock));
        Checks.notBefore(p, "heldOn", on, plan.startDate(), "Date of the review must be on or after the plan started");
        p.throwIfAny();
        long reviewId = jdbc.sql("""
                insert into cin_plan_review (cin_plan_id, child_id, held_on, created_by) values (?, ?, ?, ?)
                returning id""").params(id, plan.childId(), on, CurrentUser.get().username()).query(Long.class).single();
        audit.record("CREATE", "cin_plan_review", reviewId, "plan " + id);
        chronology.step(plan.childId(), on, "Child in need plan", "Child in need plan reviewed", "cin_plan_review",
                reviewId, "cin-plans");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public CinPlan end(long id, LocalDate endDate, String reason) {
        CinPlan plan = visible(id).orElseThrow(() -> new NotFound("Child in need plan"));
        if (plan.endDate() != null) throw InvalidInput.of("endDate", "This plan has already ended");
        Problems p = new Problems();
        LocalDate end = Checks.required(p, "endDate", endDate, "End date", "Enter the end date", Checks.today(clock));
        Checks.notBefore(p, "endDate", end, plan.startDate(), "End date must be on or after the start date");
        Checks.notBefore(p, "endDate", end, plan.reviews().isEmpty() ? null
                : plan.reviews().get(plan.reviews().size() - 1), "End date must be on or after the last review");
        p.require("reason", reason, "Enter why the plan ended");
        p.throwIfAny();
        jdbc.sql("update cin_plan set end_date = ?, end_reason = ?, ended_by = ? where id = ? and end_date is null")
                .params(end, reason.trim(), CurrentUser.get().username(), id).update();
        audit.record("END", "cin_plan", id, "ended " + end);
        chronology.step(plan.childId(), end, "Child in need plan", "Child in need plan ended: " + reason.trim(),
                "cin_plan", id, "cin-plans");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<CinPlan> find(long id) {
        Optional<CinPlan> found = visible(id);
        audit.view("cin_plan", id, found.isPresent());
        return found;
    }

    @Override
    @Transactional
    public List<CinPlan> forChild(long childId) {
        List<CinPlan> list = people.find(childId).isEmpty() ? List.of() : rows(childId);
        audit.list("cin_plan", childId, list.size());
        return list;
    }

    private Optional<CinPlan> visible(long id) {
        return load(id).filter(c -> people.find(c.childId()).isPresent());
    }

    private Optional<CinPlan> load(long id) {
        return jdbc.sql(SELECT + " and id = ?").params(id).query(JdbcCinPlans::map).optional().map(this::withReviews);
    }

    private List<CinPlan> rows(long childId) {
        return jdbc.sql(SELECT + " and child_id = ? order by start_date desc, id desc").params(childId)
                .query(JdbcCinPlans::map).list().stream().map(this::withReviews).toList();
    }

    private CinPlan withReviews(CinPlan c) {
        List<LocalDate> reviews = jdbc.sql("""
                select held_on from cin_plan_review where cin_plan_id = ? and deleted_at is null order by held_on, id""")
                .params(c.id()).query(LocalDate.class).list();
        LocalDate latest = reviews.isEmpty() ? null : reviews.get(reviews.size() - 1);
        return new CinPlan(c.id(), c.childId(), c.startDate(), c.endDate(), c.endReason(), reviews,
                c.open() ? CinPlanReviewSchedule.nextDue(c.startDate(), latest) : null, c.createdAt(), c.createdBy());
    }

    private static CinPlan map(ResultSet rs, int n) throws SQLException {
        return new CinPlan(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("end_reason"), List.of(), null,
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
