package org.kindred.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.kindred.access.CurrentUser;
import org.kindred.shared.AuditableAction;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes an audit entry for every action a module publishes, synchronously and in the publisher's
 * transaction: if the entry cannot be written, the change is rolled back with it.
 */
@Component
class AuditWriter {
    private final JdbcClient jdbc;

    AuditWriter(JdbcClient jdbc) { this.jdbc = jdbc; }

    @EventListener
    void on(AuditableAction action) {
        jdbc.sql("""
                insert into audit_entry (username, action, record_type, record_id, detail, request_id, client_address)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(CurrentUser.find().map(CurrentUser::username).orElse("system"), action.action(),
                        action.recordType(), action.recordId(), action.detail(), MDC.get("requestId"), clientAddress())
                .update();
    }

    /** A batch command's actions: one statement for them all, each its own entry (stamped and chained by the triggers). */
    @EventListener
    void on(org.kindred.shared.AuditableActions batch) {
        int n = batch.actions().size();
        if (n == 0) return;
        String[] action = new String[n], type = new String[n], id = new String[n], detail = new String[n];
        for (int i = 0; i < n; i++) {
            AuditableAction a = batch.actions().get(i);
            action[i] = a.action();
            type[i] = a.recordType();
            id[i] = a.recordId();
            detail[i] = a.detail();
        }
        // with ordinality: the entries are numbered in the order they were published
        jdbc.sql("""
                insert into audit_entry (username, action, record_type, record_id, detail, request_id, client_address)
                select ?, a, t, i, d, ?, ? from unnest(?::text[], ?::text[], ?::text[], ?::text[])
                    with ordinality as x(a, t, i, d, n) order by n""")
                .params(CurrentUser.find().map(CurrentUser::username).orElse("system"), MDC.get("requestId"),
                        clientAddress(), action, type, id, detail)
                .update();
    }

    /** Account events name their actor: a failed sign-in has no signed-in user. */
    @EventListener
    void on(org.kindred.shared.AccountEvent event) {
        jdbc.sql("""
                insert into audit_entry (username, action, record_type, record_id, detail, request_id, client_address)
                values (?, ?, 'user', ?, ?, ?, ?)""")
                .params(event.by(), event.action(), event.username(), event.detail(), MDC.get("requestId"), clientAddress())
                .update();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
