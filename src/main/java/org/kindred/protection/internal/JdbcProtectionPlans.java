package org.kindred.protection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kindred.access.CurrentUser;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CoreGroup;
import org.kindred.protection.PlanEnding;
import org.kindred.protection.ProtectionPlans;
import org.kindred.protection.ProtectionRoles.CanChair;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.NotFound;
import org.kindred.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcProtectionPlans implements ProtectionPlans {
    private final JdbcClient jdbc;
    private final People people;
    private final Audit audit;
    private final ProtectionChronology chronology;
    private final Clock clock;

    JdbcProtectionPlans(JdbcClient jdbc, People people, Audit audit, ProtectionChronology chronology, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.chronology = chronology;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public Optional<ChildProtectionPlan> find(long id) {
        Optional<ChildProtectionPlan> found = visible(id);
        audit.view("cp_plan", id, found.isPresent());
        return found;
    }

    @Override
    @Transactional
    public List<ChildProtectionPlan> forChild(long childId) {
        List<ChildProtectionPlan> plans = people.find(childId).map(this::plansOf).orElse(List.of());
        audit.list("cp_plan", childId, plans.size());
        return plans;
    }

    @Override
    @Transactional
    @CanChair
    public ChildProtectionPlan end(long id, PlanEnding in) {
        ChildProtectionPlan plan = visible(id).orElseThrow(() -> new NotFound("Child protection plan"));
        if (!plan.open()) throw InvalidInput.of("endDate", "This plan has already ended");
        Problems p = new Problems();
        LocalDate end = Checks.required(p, "endDate", in.endDate(), "End date", "Enter the date the plan ended",
                Checks.today(clock));
        Checks.notBefore(p, "endDate", end, plan.icpcDate(), "End date must be on or after the plan's conference");
        Checks.notBefore(p, "endDate", end, plan.reviewDates().isEmpty() ? null
                : plan.reviewDates().get(plan.reviewDates().size() - 1), "End date must be on or after the last review");
        p.require("reason", in.reason(), "Enter why the plan ended");
        p.throwIfAny();
        endPlan(id, end, in.reason().trim());
        return visible(id).orElseThrow();
    }

    void endPlan(long id, LocalDate end, String reason) {
        jdbc.sql("select child_id from cp_plan where id = ?").params(id).query(Long.class).optional()
                .ifPresent(child -> chronology.step(child, end, "Child protection plan", "Child protection plan ended: "
                        + reason, "cp_plan", id, "protection"));
        jdbc.sql("update cp_plan set end_date = ?, end_reason = ?, ended_by = ? where id = ? and end_date is null")
                .params(end, reason, CurrentUser.get().username(), id).update();
        audit.record("END", "cp_plan", id, "ended " + end);
    }

    /** The plan to record against, visible to the user and still open: refused on {@code field} once it has ended. */
    ChildProtectionPlan openPlan(long id, String field) {
        ChildProtectionPlan plan = visible(id).orElseThrow(() -> new NotFound("Child protection plan"));
        if (!plan.open()) throw InvalidInput.of(field, "This plan has ended");
        return plan;
    }

    /** Without audit: for this module's own checks and answers. */
    Optional<ChildProtectionPlan> visible(long id) {
        return jdbc.sql("select child_id from cp_plan where id = ? and deleted_at is null").params(id)
                .query(Long.class).optional()
                .flatMap(people::find)
                .flatMap(child -> plansOf(child).stream().filter(p -> p.id() == id).findFirst());
    }

    /** The child's plans, newest first, each judged against the plans before it. */
    List<ChildProtectionPlan> plansOf(Person child) {
        List<PlanRow> rows = jdbc.sql("select * from cp_plan where child_id = ? and deleted_at is null"
                + " order by icpc_date, id").params(child.id()).query(PlanRow::map).list();
        Map<Long, List<LocalDate>> reviews = jdbc.sql("""
                select plan_id, held_on from cp_conference where child_id = ? and type = 'REVIEW'
                and deleted_at is null order by held_on, id""").params(child.id())
                .query((rs, n) -> Map.entry(rs.getLong("plan_id"), rs.getObject("held_on", LocalDate.class))).list()
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, CoreGroup> latestCoreGroups = jdbc.sql("""
                select distinct on (plan_id) * from cp_core_group where child_id = ? and deleted_at is null
                order by plan_id, held_on desc, id desc""").params(child.id())
                .query((rs, n) -> new CoreGroup(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("child_id"),
                        rs.getObject("held_on", LocalDate.class), null, rs.getObject("next_due", LocalDate.class),
                        null, null)).list().stream().collect(Collectors.toMap(CoreGroup::planId, c -> c));
        LocalDate today = Checks.today(clock);
        List<ChildProtectionPlan> plans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlanRow r = rows.get(i);
            plans.add(0, r.toPlan(rows.subList(0, i), reviews.getOrDefault(r.id(), List.of()),
                    latestCoreGroups.get(r.id()), child.dateOfBirth(), today));
        }
        return plans;
    }
}
