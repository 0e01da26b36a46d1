package org.kindred.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Work done by one Kindred at a time across every node on a database (ADR 0022): a PostgreSQL session advisory lock,
 * held on a connection of its own while the work runs, and released when that connection ends, even by a crash.
 */
public final class AdvisoryLock {
    private AdvisoryLock() {
    }

    /** Runs {@code work} once the lock named {@code key} is this node's, waiting for any other holder to finish. */
    public static <T> T holding(DataSource dataSource, long key, String what, Supplier<T> work) {
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(true);
            try (Statement s = lock.createStatement()) {
                s.execute("select pg_advisory_lock(" + key + ")");
            }
            try {
                return work.get();
            } finally {
                try (Statement s = lock.createStatement()) {
                    s.execute("select pg_advisory_unlock(" + key + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock of " + what + ": " + e.getMessage(), e);
        }
    }
}
