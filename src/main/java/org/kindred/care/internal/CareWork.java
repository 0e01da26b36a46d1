package org.kindred.care.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.kindred.shared.work.OpenWorkSource;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is due for children in care and care leavers, from care_due and the return home interviews still to offer
 * (72 hours from the return), in one statement; and the open work: every child in care and care leaver needs a worker.
 */
@Component
class CareWork implements WorkItemSource, OpenWorkSource {
    private static final String DUE = """
            select child_id, what, due from (
                select child_id, 'Looked-after review' what, review_due due from care_due where child_id = any(:ids) and looked_after
                union all select child_id, 'Statutory visit', visit_due from care_due where child_id = any(:ids) and looked_after
                union all select child_id, 'Health assessment', health_due from care_due where child_id = any(:ids) and looked_after
                union all select child_id, 'Personal education plan', pep_due from care_due where child_id = any(:ids) and looked_after
                union all select child_id, 'Pathway plan', pathway_due from care_due where child_id = any(:ids)
                union all select child_id, 'Return home interview',
                       ((ended_at + interval '72 hours') at time zone 'Europe/London')::date from missing_episode
                    where child_id = any(:ids) and ended_at is not null and rhi_offered_at is null and deleted_at is null
            ) due where due is not null and due <= :horizon order by due, child_id""";
    private final JdbcClient jdbc;

    CareWork(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public List<WorkItem> dueFor(Collection<Long> childIds, LocalDate horizon) {
        if (childIds.isEmpty()) return List.of();
        return jdbc.sql(DUE).param("ids", childIds.toArray(new Long[0])).param("horizon", horizon)
                .query((rs, n) -> item(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
    }

    @Override
    public List<WorkItem> openWork(LocalDate today) {
        return jdbc.sql("""
                select child_id, case when looked_after then 'Child in care' else 'Care leaver' end,
                       coalesce(least(review_due, visit_due, health_due, pep_due, pathway_due), :today)
                from care_due where looked_after or leaver order by child_id""").param("today", today)
                .query((rs, n) -> item(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
    }

    private static WorkItem item(long childId, String what, LocalDate due) {
        return new WorkItem(childId, what, due, "/children/" + childId + "/care");
    }
}
