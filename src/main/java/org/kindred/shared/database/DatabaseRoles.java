package org.kindred.shared.database;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the application's role may do, granted by the owner after every migration (and by default for tables later
 * migrations add): read and write case data, never alter the schema. The audit trail and its chain only grow: the
 * role may read them and add entries, not change, delete or truncate them, nor insert chain links (the chain's
 * trigger runs as the owner), nor move their sequences. Triggers, functions and tables belong to the owner, so the
 * role can neither disable, replace nor drop them, and {@code session_replication_role} is the superuser's.
 */
final class DatabaseRoles {
    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);
    /** Raised whenever the grants below change, so that a database already migrated is granted again. */
    static final String VERSION = "roles-1";
    static final List<String> APPEND_ONLY = List.of("audit_entry", "audit_chain");
    static final List<String> SEQUENCES_NOT_MOVED = List.of("audit_entry_id_seq", "audit_chain_seq_seq");

    private DatabaseRoles() {
    }

    static void grant(DatabaseOwner owner) {
        if (owner.appRole().isEmpty()) {
            return;
        }
        JdbcClient jdbc = owner.jdbc();
        String app = quote(owner.appRole().get());
        String schema = quote(jdbc.sql("select current_schema()").query(String.class).single());
        for (String sql : List.of(
                "revoke create on schema " + schema + " from public",
                "grant usage on schema " + schema + " to " + app,
                "grant select, insert, update, delete on all tables in schema " + schema + " to " + app,
                "grant usage, select, update on all sequences in schema " + schema + " to " + app,
                "alter default privileges in schema " + schema + " grant select, insert, update, delete on tables to " + app,
                "alter default privileges in schema " + schema + " grant usage, select, update on sequences to " + app,
                "revoke update, delete, truncate, references, trigger on audit_entry, audit_chain from " + app,
                "revoke insert on audit_chain from " + app,
                "revoke update on sequence " + String.join(", ", SEQUENCES_NOT_MOVED) + " from " + app)) {
            jdbc.sql(sql).update();
        }
        // Only the owner records what was migrated.
        for (String table : jdbc.sql("""
                select tablename from pg_tables where schemaname = current_schema()
                and (tablename like 'flyway_schema_history%' or tablename = 'schema_fingerprint')""")
                .query(String.class).list()) {
            jdbc.sql("revoke insert, update, delete, truncate on " + quote(table) + " from " + app).update();
        }
        log.info("Granted {} what the application may do in schema {}", app, schema);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
