package org.kindred.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CoreGroup;
import org.kindred.protection.CoreGroups;
import org.kindred.protection.NewCoreGroup;
import org.kindred.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCoreGroups implements CoreGroups {
    private final JdbcClient jdbc;
    private final JdbcProtectionPlans plans;
    private final Audit audit;
    private final ProtectionChronology chronology;
    private final Clock clock;

    JdbcCoreGroups(JdbcClient jdbc, JdbcProtectionPlans plans, Audit audit, ProtectionChronology chronology, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.audit = audit;
        this.chronology = chronology;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public CoreGroup record(long planId, NewCoreGroup in) {
        ChildProtectionPlan plan = plans.openPlan(planId, "heldOn");
        Problems p = new Problems();
        LocalDate heldOn = Checks.required(p, "heldOn", in.heldOn(), "Date of the meeting",
                "Enter the date of the meeting", Checks.today(clock));
        Checks.notBefore(p, "heldOn", heldOn, plan.icpcDate(), "Date of the meeting must be on or after the conference");
        p.require("attendees", in.attendees(), "Enter who attended");
        LocalDate next = Checks.optional(p, "nextDue", in.nextDue(), "Next meeting", LocalDate.MAX);
        Checks.notBefore(p, "nextDue", next, heldOn == null ? null : heldOn.plusDays(1),
                "Next meeting must be after this one");
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into cp_core_group (plan_id, child_id, held_on, attendees, next_due, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, plan.childId(), heldOn, in.attendees().trim(), next, CurrentUser.get().username())
                .query(Long.class).single();
        audit.record("CREATE", "cp_core_group", id, "plan " + planId);
        chronology.step(plan.childId(), heldOn, "Core group", "Core group meeting with " + in.attendees().trim(),
                "cp_core_group", id, "protection");
        return rows("id = ?", id).get(0);
    }

    @Override
    @Transactional
    public List<CoreGroup> forPlan(long planId) {
        List<CoreGroup> list = plans.visible(planId).isEmpty() ? List.of() : rows("plan_id = ?", planId);
        audit.listForPlan("cp_core_group", planId, list.size());
        return list;
    }

    private List<CoreGroup> rows(String where, long id) {
        return jdbc.sql("select * from cp_core_group where deleted_at is null and " + where
                + " order by held_on desc, id desc").params(id).query(JdbcCoreGroups::map).list();
    }

    private static CoreGroup map(ResultSet rs, int n) throws SQLException {
        return new CoreGroup(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("child_id"),
                rs.getObject("held_on", LocalDate.class), rs.getString("attendees"),
                rs.getObject("next_due", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
