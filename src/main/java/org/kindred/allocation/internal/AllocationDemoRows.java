package org.kindred.allocation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts demo allocations in one statement; returns their ids keyed by "childId/startDate". */
final class AllocationDemoRows {
    private AllocationDemoRows() {
    }

    static Map<String, Long> insert(JdbcClient jdbc, List<DemoHistory.Row> rows) {
        Long[] children = rows.stream().map(DemoHistory.Row::childId).toArray(Long[]::new);
        Long[] workers = rows.stream().map(r -> r.worker().userId()).toArray(Long[]::new);
        String[] names = rows.stream().map(r -> r.worker().displayName()).toArray(String[]::new);
        String[] starts = rows.stream().map(r -> r.start().toString()).toArray(String[]::new);
        String[] ends = rows.stream().map(r -> r.end() == null ? null : r.end().toString()).toArray(String[]::new);
        String[] reasons = rows.stream().map(r -> r.reason() == null ? null : r.reason().name()).toArray(String[]::new);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                insert into allocation (child_id, worker_id, worker_name, start_date, end_date, change_reason, created_by)
                select c, w, n, s, e, r, 'demo data'
                from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]::date[], ?::text[]::date[], ?::text[]) as x(c, w, n, s, e, r)
                returning id, child_id, start_date""")
                .params(children, workers, names, starts, ends, reasons)
                .query((rs, i) -> ids.put(rs.getLong("child_id") + "/" + rs.getDate("start_date").toLocalDate(),
                        rs.getLong("id")))
                .list();
        return ids;
    }
}
