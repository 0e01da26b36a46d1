package org.kindred.allocation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kindred.allocation.Allocation;
import org.kindred.allocation.ChangeReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The allocation table's reads and writes. */
@Component
class AllocationRows {
    private final JdbcClient jdbc;

    AllocationRows(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** The current allocation, locked so two managers cannot both replace it. */
    Optional<Allocation> currentForUpdate(long childId) {
        return jdbc.sql("select * from allocation where child_id = ? and end_date is null for update")
                .param(childId).query(AllocationRows::map).optional();
    }

    /** The child's allocations, newest first. */
    List<Allocation> history(long childId) {
        return jdbc.sql("select * from allocation where child_id = ? order by start_date desc, id desc")
                .param(childId).query(AllocationRows::map).list();
    }

    void end(long id, LocalDate on) {
        jdbc.sql("update allocation set end_date = ? where id = ?").params(on, id).update();
    }

    long insert(long childId, String childName, long workerId, String workerName, LocalDate start,
                ChangeReason reason, String by) {
        return jdbc.sql("""
                insert into allocation (child_id, child_name, worker_id, worker_name, start_date, change_reason,
                                        created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(childId, childName, workerId, workerName, start, reason == null ? null : reason.name(), by)
                .query(Long.class).single();
    }

    Allocation find(long id) {
        return jdbc.sql("select * from allocation where id = ?").param(id).query(AllocationRows::map).single();
    }

    static Allocation map(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("change_reason");
        return new Allocation(rs.getLong("id"), rs.getLong("child_id"), rs.getLong("worker_id"),
                rs.getString("worker_name"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), reason,
                ChangeReason.fromCode(reason).map(ChangeReason::label).orElse(null),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
