package org.kindred.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.person.People;
import org.kindred.person.Person;
import org.kindred.person.PersonKind;
import org.kindred.protection.CategoryOfAbuse;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.Conference;
import org.kindred.protection.ConferenceDecision;
import org.kindred.protection.ConferenceType;
import org.kindred.protection.Conferences;
import org.kindred.protection.NewConference;
import org.kindred.protection.ProtectionRoles.CanChair;
import org.kindred.protection.Section47Enquiry;
import org.kindred.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcConferences implements Conferences {
    private static final String SELECT = "select * from cp_conference where deleted_at is null";
    private final JdbcClient jdbc;
    private final People people;
    private final JdbcSection47Enquiries enquiries;
    private final JdbcProtectionPlans plans;
    private final Audit audit;
    private final ProtectionChronology chronology;
    private final Clock clock;

    JdbcConferences(JdbcClient jdbc, People people, JdbcSection47Enquiries enquiries, JdbcProtectionPlans plans,
                    Audit audit, ProtectionChronology chronology, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.enquiries = enquiries;
        this.plans = plans;
        this.audit = audit;
        this.chronology = chronology;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    @CanChair
    public Conference record(NewConference in) {
        Problems p = new Problems();
        ValidConference c = ConferenceCheck.common(p, in, Checks.today(clock));
        Section47Enquiry enquiry = null;
        ChildProtectionPlan plan = null;
        if (c.type() == ConferenceType.INITIAL) {
            if (in.section47Id() == null) p.add("section47Id", "Enter the section 47 enquiry the conference follows");
            enquiry = in.section47Id() == null ? null : enquiries.visible(in.section47Id()).orElse(null);
            if (in.section47Id() != null) {
                boolean openPlan = enquiry != null && people.find(enquiry.childId()).map(plans::plansOf)
                        .orElse(List.of()).stream().anyMatch(ChildProtectionPlan::open);
                ConferenceCheck.initial(p, c, enquiry, openPlan);
            }
        } else if (c.type() == ConferenceType.REVIEW) {
            if (in.planId() == null) p.add("planId", "Enter the plan the conference reviews");
            plan = in.planId() == null ? null : plans.visible(in.planId()).orElse(null);
            if (in.planId() != null) ConferenceCheck.review(p, c, plan);
        }
        p.throwIfAny();
        return c.type() == ConferenceType.INITIAL ? initial(c, enquiry) : review(c, plan);
    }

    private Conference initial(ValidConference c, Section47Enquiry e) {
        Long planId = null;
        if (c.decision() == ConferenceDecision.PLAN) {
            Person child = people.find(e.childId()).orElseThrow();
            boolean unborn = child.kind() == PersonKind.UNBORN && child.dateOfBirth() == null;
            // Working Together 2023 ch. 2 / CIN census guide: an unborn child's plan starts when the child is born.
            planId = jdbc.sql("""
                    insert into cp_plan (child_id, icpc_date, start_date, starts_at_birth, initial_category,
                        latest_category, created_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(e.childId(), c.heldOn(), unborn ? null : c.heldOn(), unborn, c.category().code(),
                            c.category().code(), who()).query(Long.class).single();
            audit.record("CREATE", "cp_plan", planId, "child " + e.childId() + ", " + c.category().code());
            chronology.step(e.childId(), c.heldOn(), "Child protection plan", "Child protection plan "
                    + (unborn ? "made (starts at birth)" : "started") + ": " + c.category().label(), "cp_plan", planId,
                    "protection");
        }
        jdbc.sql("""
                update section47_enquiry set icpc_date = ?, outcome = 'CONFERENCE_NEEDED',
                       outcome_on = coalesce(outcome_on, ?), icpc_not_required = false where id = ?""")
                .params(c.heldOn(), c.heldOn(), e.id()).update();
        return insert(e.childId(), c, e.id(), planId);
    }

    private Conference review(ValidConference c, ChildProtectionPlan plan) {
        if (c.category() != null) {
            jdbc.sql("update cp_plan set latest_category = ? where id = ?").params(c.category().code(), plan.id())
                    .update();
            audit.record("UPDATE", "cp_plan", plan.id(), "latest category " + c.category().code());
        }
        Conference conference = insert(plan.childId(), c, null, plan.id());
        if (c.decision() == ConferenceDecision.END_PLAN) plans.endPlan(plan.id(), c.heldOn(), c.endReason());
        return conference;
    }

    private Conference insert(long childId, ValidConference c, Long section47Id, Long planId) {
        long id = jdbc.sql("""
                insert into cp_conference (child_id, type, section47_id, plan_id, held_on, chair, attendees, decision,
                    category, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, c.type().name(), section47Id, planId, c.heldOn(), c.chair(), c.attendees(),
                        c.decision().name(), c.category() == null ? null : c.category().code(), who())
                .query(Long.class).single();
        audit.record("CREATE", "cp_conference", id, c.type().name() + ", child " + childId + ", " + c.decision().name());
        chronology.step(childId, c.heldOn(), "Conference", c.type().label() + ", chaired by " + c.chair() + ": "
                + c.decision().label(), "cp_conference", id, "protection");
        return load(id).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<Conference> find(long id) {
        Optional<Conference> found = load(id).filter(c -> people.find(c.childId()).isPresent());
        audit.view("cp_conference", id, found.isPresent());
        return found;
    }

    @Override
    @Transactional
    public List<Conference> forChild(long childId) {
        List<Conference> list = people.find(childId).isEmpty() ? List.of()
                : jdbc.sql(SELECT + " and child_id = ? order by held_on desc, id desc").params(childId)
                .query(JdbcConferences::map).list();
        audit.list("cp_conference", childId, list.size());
        return list;
    }

    private Optional<Conference> load(long id) {
        return jdbc.sql(SELECT + " and id = ?").params(id).query(JdbcConferences::map).optional();
    }

    private static String who() { return CurrentUser.get().username(); }

    private static Conference map(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category");
        return new Conference(rs.getLong("id"), rs.getLong("child_id"), ConferenceType.valueOf(rs.getString("type")),
                rs.getObject("section47_id", Long.class), rs.getObject("plan_id", Long.class),
                rs.getObject("held_on", LocalDate.class), rs.getString("chair"), rs.getString("attendees"),
                ConferenceDecision.valueOf(rs.getString("decision")),
                category == null ? null : CategoryOfAbuse.from(category).orElseThrow(),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
