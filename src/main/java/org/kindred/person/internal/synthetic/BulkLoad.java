package org.kindred.person.internal.synthetic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Fills empty tables the way pg_restore does (PostgreSQL manual, "Populating a Database": remove indexes and
 * foreign keys, load, recreate them): checking a foreign key row by row took more than half of the register's load,
 * and maintaining eight secondary indexes row by row most of the rest; built once after the load they take about a
 * second. Everything happens in the caller's transaction, so a failed load leaves the tables, indexes and keys as
 * they were. Only the tables' owner may drop and recreate them; anyone else loads with the indexes in place.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class BulkLoad {
    private final Connection connection;
    private final List<String> recreate = new ArrayList<>();

    /** Drops the tables' secondary indexes and foreign keys, remembering them; call {@link #restore()} after the load. */
    static BulkLoad begin(Connection connection, String... tables) throws SQLException {
        BulkLoad load = new BulkLoad(connection);
        if (!load.owns(tables)) {
            return load;
        }
        List<String> drop = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("select conrelid::regclass, conname, pg_get_constraintdef(oid) from pg_constraint"
                    + " where contype = 'f' and conrelid = any(" + regclasses(tables) + ")")) {
                while (r.next()) {
                    drop.add("alter table " + r.getString(1) + " drop constraint " + quote(r.getString(2)));
                    load.recreate.add("alter table " + r.getString(1) + " add constraint " + quote(r.getString(2)) + " " + r.getString(3));
                }
            }
            // Indexes that back a constraint (the primary key, unique constraints) stay: foreign keys point at them.
            try (ResultSet r = s.executeQuery("select i.indexrelid::regclass, pg_get_indexdef(i.indexrelid) from pg_index i"
                    + " where i.indrelid = any(" + regclasses(tables) + ")"
                    + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
                while (r.next()) {
                    drop.add("drop index " + r.getString(1));
                    load.recreate.add(0, r.getString(2));
                }
            }
            for (String sql : drop) {
                s.execute(sql);
            }
        }
        return load;
    }

    /** Builds the indexes and checks the foreign keys once, over everything loaded. */
    void restore() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : recreate) {
                s.execute(sql);
            }
        }
    }

    private boolean owns(String... tables) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("select bool_and(pg_has_role(relowner, 'USAGE')) from pg_class where oid = any("
                     + regclasses(tables) + ")")) {
            return r.next() && r.getBoolean(1);
        }
    }

    private static String regclasses(String... tables) {
        StringBuilder b = new StringBuilder("array[");
        for (int i = 0; i < tables.length; i++) {
            if (!tables[i].matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a table name: " + tables[i]);
            }
            b.append(i > 0 ? ", " : "").append('\'').append(tables[i]).append("'::regclass");
        }
        return b.append(']').toString();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
