package org.kindred.casework.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.kindred.shared.work.WorkItem;
import org.kindred.shared.work.WorkItemSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Open tasks about a caseload's children, due by the horizon: shown on My work beside the statutory deadlines. */
@Component
class TaskWork implements WorkItemSource {
    private final JdbcClient jdbc;

    TaskWork(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public List<WorkItem> dueFor(Collection<Long> childIds, LocalDate horizon) {
        return jdbc.sql("""
                select child_id, title, due from task
                where done_at is null and child_id = any(:children) and due <= :horizon""")
                .param("children", childIds.toArray(Long[]::new)).param("horizon", horizon)
                .query((rs, n) -> new WorkItem(rs.getLong("child_id"), "Task: " + rs.getString("title"),
                        rs.getObject("due", LocalDate.class), "/children/" + rs.getLong("child_id") + "/tasks"))
                .list();
    }
}
