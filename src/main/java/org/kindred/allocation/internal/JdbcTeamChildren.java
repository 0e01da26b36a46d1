package org.kindred.allocation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.kindred.insight.TeamChildren;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which children a team's workers held in a period, for the insight pages' team scope: one query. */
@Component
class JdbcTeamChildren implements TeamChildren {
    private final JdbcClient jdbc;

    JdbcTeamChildren(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public Set<Long> heldBy(Collection<Long> workerIds, LocalDate from, LocalDate to) {
        if (workerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select distinct child_id from allocation where worker_id = any(:workers)
                          and start_date <= :to and (end_date is null or end_date >= :from)""")
                .param("workers", workerIds.toArray(Long[]::new)).param("from", from).param("to", to)
                .query(Long.class).list());
    }
}
