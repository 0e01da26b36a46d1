package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.kindred.care.CheckKind;
import org.kindred.care.NextDue;
import org.kindred.care.PeriodOfCare;
import org.kindred.care.RecordedCareEvent;
import org.kindred.care.Ssda903Episodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps care_due, the next due dates per child, equal to what the rules say after every change to the child's
 * care, so the manager's view and "My work" read dates with plain indexed SQL.
 */
@Component
@RequiredArgsConstructor
class CareDueTable {
    static final String INSERT = """
            insert into care_due (child_id, looked_after, period_start, review_due, visit_due, health_due, pep_due,
                                  pathway_due, leaver, computed_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private final JdbcClient jdbc;
    private final CareChanges changes;

    /** Recomputes and stores the child's due dates; call after every change to the child's care. */
    NextDue refresh(long childId, LocalDate dob, LocalDate today) {
        NextDue due = compute(childId, dob, today);
        changes.changed();
        jdbc.sql("delete from care_due where child_id = ?").param(childId).update();
        if (due.periodStart() != null || due.careLeaver() || hasPeriods(childId)) {
            jdbc.sql(INSERT).params(row(childId, due, today)).update();
        }
        return due;
    }

    NextDue compute(long childId, LocalDate dob, LocalDate today) {
        List<PeriodOfCare> periods = Ssda903Episodes.derive(jdbc.sql(CareEventRows.SELECT).param("child", childId)
                .query(CareEventRows::map).list().stream().map(RecordedCareEvent::event).toList());
        return DueCalculator.compute(periods, held(childId), dob, today);
    }

    private boolean hasPeriods(long childId) {
        return jdbc.sql("select exists (select 1 from care_episode where child_id = ?)").param(childId)
                .query(Boolean.class).single();
    }

    static Object[] row(long childId, NextDue d, LocalDate today) {
        return new Object[] {childId, d.lookedAfter(), d.periodStart(), d.review(), d.visit(), d.health(), d.pep(),
                d.pathwayPlan(), d.careLeaver() && !d.lookedAfter(), today};
    }

    NextDue.Held held(long childId) {
        Map<String, List<LocalDate>> byKind = new HashMap<>();
        jdbc.sql("""
                select 'REVIEW' k, held_on d from care_review where child_id = :c and deleted_at is null
                union all select 'VISIT', visited_on from care_visit where child_id = :c and deleted_at is null
                union all select kind, held_on from care_check where child_id = :c and deleted_at is null
                order by 2""").param("c", childId)
                .query((rs, n) -> byKind.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class))).list();
        List<LocalDate> pathway = new ArrayList<>(get(byKind, CheckKind.PATHWAY_PLAN.name()));
        pathway.addAll(get(byKind, CheckKind.PATHWAY_PLAN_REVIEW.name()));
        pathway.sort(null);
        return new NextDue.Held(get(byKind, "REVIEW"), get(byKind, "VISIT"), get(byKind, CheckKind.HEALTH_ASSESSMENT.name()),
                get(byKind, CheckKind.PEP.name()), pathway);
    }

    private static List<LocalDate> get(Map<String, List<LocalDate>> m, String k) {
        return m.getOrDefault(k, List.of());
    }
}
