package org.kindred.protection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.access.CurrentUser;
import org.kindred.protection.ChildProtectionPlan;
import org.kindred.protection.CpVisit;
import org.kindred.protection.CpVisits;
import org.kindred.protection.NewVisit;
import org.kindred.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCpVisits implements CpVisits {
    private final JdbcClient jdbc;
    private final JdbcProtectionPlans plans;
    private final Audit audit;
    private final ProtectionChronology chronology;
    private final Clock clock;

    JdbcCpVisits(JdbcClient jdbc, JdbcProtectionPlans plans, Audit audit, ProtectionChronology chronology,
                 Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.audit = audit;
        this.chronology = chronology;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    @Transactional
    public CpVisit record(long planId, NewVisit in) {
        ChildProtectionPlan plan = plans.openPlan(planId, "visitedOn");
        Problems p = new Problems();
        LocalDate on = Checks.required(p, "visitedOn", in.visitedOn(), "Date of the visit", "Enter the date of the visit",
                Checks.today(clock));
        Checks.notBefore(p, "visitedOn", on, plan.icpcDate(), "Date of the visit must be on or after the conference");
        Boolean seen = YesNo.of(in.seen());
        if (seen == null) p.add("seen", "Select whether the child was seen");
        Boolean alone = YesNo.of(in.seenAlone());
        if (alone == null) p.add("seenAlone", "Select whether the child was seen alone");
        if (Boolean.FALSE.equals(seen) && Boolean.TRUE.equals(alone)) {
            p.add("seenAlone", "The child cannot be seen alone without being seen");
        }
        p.require("visitedBy", in.visitedBy(), "Enter who visited");
        p.throwIfAny();
        long id = jdbc.sql("""
                insert into cp_visit (plan_id, child_id, visited_on, seen, seen_alone, visited_by, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, plan.childId(), on, seen, alone, in.visitedBy().trim(), CurrentUser.get().username())
                .query(Long.class).single();
        audit.record("CREATE", "cp_visit", id, "plan " + planId);
        chronology.step(plan.childId(), on, "Visit", "Visit by " + in.visitedBy().trim() + ": child "
                + (seen ? (alone ? "seen alone" : "seen, not alone") : "not seen"), "cp_visit", id, "protection");
        return rows("id = ?", id).get(0);
    }

    @Override
    @Transactional
    public List<CpVisit> forPlan(long planId) {
        List<CpVisit> list = plans.visible(planId).isEmpty() ? List.of() : rows("plan_id = ?", planId);
        audit.listForPlan("cp_visit", planId, list.size());
        return list;
    }

    private List<CpVisit> rows(String where, long id) {
        return jdbc.sql("select * from cp_visit where deleted_at is null and " + where
                + " order by visited_on desc, id desc").params(id).query(JdbcCpVisits::map).list();
    }

    private static CpVisit map(ResultSet rs, int n) throws SQLException {
        return new CpVisit(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("child_id"),
                rs.getObject("visited_on", LocalDate.class), rs.getBoolean("seen"), rs.getBoolean("seen_alone"),
                rs.getString("visited_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
