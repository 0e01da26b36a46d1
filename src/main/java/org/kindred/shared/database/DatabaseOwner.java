package org.kindred.shared.database;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The role that owns Kindred's schema: it runs the migrations and grants the application's role what it may do
 * ({@link DatabaseRoles}). The application itself connects as that other role, which owns nothing; only the few
 * statements that need an owner (fresh statistics after a bulk load, backup and restore) come here.
 */
public final class DatabaseOwner {
    private final DataSource dataSource;
    private final String appRole;

    /**
     * @param appRole the application's role, or null where the application connects as the owner itself (an
     *                external database configured with one user)
     */
    public DatabaseOwner(DataSource dataSource, String appRole) {
        this.dataSource = dataSource;
        this.appRole = appRole;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** The application's separate role; empty when it connects as the owner (no least privilege). */
    public Optional<String> appRole() {
        return Optional.ofNullable(appRole);
    }

    /** Fresh planner statistics for tables just bulk-loaded: ANALYZE needs the tables' owner. */
    public void analyze(String... tables) {
        for (String table : tables) {
            if (!table.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("Not a table name: " + table);
        }
        jdbc().sql("analyze " + String.join(", ", tables)).update();
    }
}
