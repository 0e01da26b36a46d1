package org.kindred.person.internal.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.support.DatabaseIT;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Indexes and foreign keys set aside for a load come back exactly as they were, and the keys are checked. */
class BulkLoadIT extends DatabaseIT {
    private static final String SCHEMA = """
            drop table if exists bulk_child, bulk_parent;
            create table bulk_parent (id bigint primary key, name text not null);
            create index bulk_parent_name on bulk_parent (lower(name)) where name <> '';
            create table bulk_child (id bigint primary key, parent_id bigint not null references bulk_parent (id),
                                     code text unique);
            create index bulk_child_parent on bulk_child (parent_id);""";
    private static final String DEFINITIONS = """
            select pg_get_indexdef(indexrelid) from pg_index where indrelid in ('bulk_parent'::regclass, 'bulk_child'::regclass)
            union all select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
             where conrelid in ('bulk_parent'::regclass, 'bulk_child'::regclass)
            order by 1""";

    @BeforeEach
    void tables() {
        owner.jdbc().sql(SCHEMA).update();
    }

    @AfterEach
    void dropTables() {
        owner.jdbc().sql("drop table if exists bulk_child, bulk_parent").update();
    }

    @Test
    void theIndexesAndKeysComeBackAsTheyWereAfterTheLoad() throws SQLException {
        JdbcClient jdbc = owner.jdbc();
        List<String> before = jdbc.sql(DEFINITIONS).query(String.class).list();
        try (Connection c = owner.dataSource().getConnection()) {
            c.setAutoCommit(false);
            BulkLoad load = BulkLoad.begin(c, "bulk_parent", "bulk_child");
            try (Statement s = c.createStatement()) {
                // During the load only the primary keys and the unique constraint's index are left.
                var left = s.executeQuery("select count(*) from pg_index where indrelid in ('bulk_parent'::regclass, 'bulk_child'::regclass)");
                left.next();
                assertThat(left.getInt(1)).isEqualTo(3);
                s.execute("insert into bulk_parent select g, 'p' || g from generate_series(1, 1000) g");
                s.execute("insert into bulk_child select g, 1 + g % 1000, 'c' || g from generate_series(1, 3000) g");
            }
            load.restore();
            c.commit();
        }
        assertThat(before).contains("bulk_child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES bulk_parent(id)",
                "CREATE INDEX bulk_child_parent ON public.bulk_child USING btree (parent_id)");
        assertThat(jdbc.sql(DEFINITIONS).query(String.class).list()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from bulk_child").query(Long.class).single()).isEqualTo(3000);
    }

    @Test
    void aRowWithoutItsParentFailsTheLoadAndLeavesTheTablesAsTheyWere() throws SQLException {
        JdbcClient jdbc = owner.jdbc();
        List<String> before = jdbc.sql(DEFINITIONS).query(String.class).list();
        try (Connection c = owner.dataSource().getConnection()) {
            c.setAutoCommit(false);
            BulkLoad load = BulkLoad.begin(c, "bulk_parent", "bulk_child");
            try (Statement s = c.createStatement()) {
                s.execute("insert into bulk_parent values (1, 'one')");
                s.execute("insert into bulk_child values (1, 2, 'orphan')");
            }
            assertThatThrownBy(load::restore).hasMessageContaining("bulk_child_parent_id_fkey");
            c.rollback();
        }
        assertThat(jdbc.sql(DEFINITIONS).query(String.class).list()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from bulk_child").query(Long.class).single()).isZero();
    }
}
