package org.kindred.protection.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.kindred.protection.ProtectionDue;
import org.kindred.protection.ProtectionDueItem;
import org.kindred.shared.work.OpenWorkSource;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This module's part of "My work": conferences, core groups, visits and child in need plan reviews due (one query),
 * and the children with open protection work (a plan or an enquiry) that needs a named worker.
 */
@Component
@RequiredArgsConstructor
class ProtectionWork implements WorkItemSource, OpenWorkSource {
    private final ProtectionDue due;
    private final JdbcClient jdbc;

    @Override
    public List<WorkItem> dueFor(Collection<Long> childIds, LocalDate horizon) {
        if (childIds.isEmpty()) return List.of();
        return due.dueBy(horizon, childIds, java.util.EnumSet.allOf(org.kindred.protection.DueKind.class)).stream()
                .map(d -> new WorkItem(d.childId(), label(d), d.due(), d.link())).toList();
    }

    private static String label(ProtectionDueItem d) { return d.kind().label(); }

    /** One item per child, the most pressing first: a plan, then an enquiry, then a child in need plan; due = opened. */
    @Override
    public List<WorkItem> openWork(LocalDate today) {
        return jdbc.sql("""
                select distinct on (child_id) child_id, what, since, link from (
                  select child_id, 1 as rank, 'Child protection plan' as what, icpc_date as since, 'protection' as link
                    from cp_plan where end_date is null and deleted_at is null
                  union all
                  select child_id, 2, 'Section 47 enquiry', start_date, 'protection' from section47_enquiry
                    where deleted_at is null and icpc_date is null and (outcome is null or outcome = 'CONFERENCE_NEEDED')
                  union all
                  select child_id, 3, 'Child in need plan', start_date, 'cin-plans' from cin_plan
                    where end_date is null and deleted_at is null) w
                where since <= ?
                order by child_id, rank""").param(today)
                .query((rs, n) -> new WorkItem(rs.getLong("child_id"), rs.getString("what"),
                        rs.getObject("since", java.time.LocalDate.class),
                        "/children/" + rs.getLong("child_id") + "/" + rs.getString("link"))).list();
    }
}
