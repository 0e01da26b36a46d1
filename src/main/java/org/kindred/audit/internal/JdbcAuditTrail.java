package org.kindred.audit.internal;

import org.kindred.shared.time.UkTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.audit.AuditEntry;
import org.kindred.audit.AuditQuery;
import org.kindred.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcAuditTrail implements AuditTrail {
    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public List<AuditEntry> search(AuditQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q.username() != null && !q.username().isBlank()) {
            where.add("username = :user");
            params.put("user", q.username().trim());
        }
        if (q.recordType() != null && !q.recordType().isBlank()) {
            where.add("record_type = :type");
            params.put("type", q.recordType().trim());
        }
        if (q.recordId() != null && !q.recordId().isBlank()) {
            where.add("record_id = :rid");
            params.put("rid", q.recordId().trim());
        }
        if (q.from() != null) {
            where.add("at >= :from");
            params.put("from", Timestamp.from(q.from().atStartOfDay(UkTime.ZONE).toInstant()));
        }
        if (q.to() != null) {
            where.add("at < :to");
            params.put("to", Timestamp.from(q.to().plusDays(1).atStartOfDay(UkTime.ZONE).toInstant()));
        }
        String sql = "select * from audit_entry" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by at desc, id desc limit :limit";
        params.put("limit", Math.max(1, Math.min(q.limit(), 1000)));
        return jdbc.sql(sql).params(params).query((rs, n) -> new AuditEntry(rs.getLong("id"),
                rs.getTimestamp("at").toInstant(), rs.getString("username"), rs.getString("action"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("detail"),
                rs.getString("request_id"), rs.getString("client_address"))).list();
    }
}
