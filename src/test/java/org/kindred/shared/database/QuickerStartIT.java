package org.kindred.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.kindred.support.DatabaseIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What makes a start quicker must not make it wrong: the schema fingerprint, and PostgreSQL started early. */
class QuickerStartIT extends DatabaseIT {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    FlywayMigrationStrategy migrations;

    @Autowired
    Flyway flyway;

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment env;

    @Test
    void theDatabaseRemembersTheMigrationsItWasBroughtUpTo() {
        assertThat(stored()).isEqualTo(UnchangedSchema.fingerprint()).hasSize(64);
    }

    @Test
    void migrationsThatDifferFromTheLastRunAreMigratedAndRemembered() {
        // As if the jar now carried a migration the database has not seen
        owner.jdbc().sql("update schema_fingerprint set fingerprint = 'an older build'").update();

        migrations.migrate(flyway);

        assertThat(stored()).isEqualTo(UnchangedSchema.fingerprint());
        // And the application's role was granted again, not left with what it had (or nothing).
        assertThat(jdbc.sql("select has_table_privilege('audit_entry', 'INSERT') and not has_table_privilege('audit_entry', 'UPDATE')")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theEmbeddedPostgresqlIsStartedBesideSpringAndClaimedByTheDataSource() {
        boolean embedded = EmbeddedDatabase.wanted(env);
        assertThat(context.containsBean(EarlyEmbeddedDatabase.BEAN)).isEqualTo(embedded);
        if (embedded) {
            assertThat(context.getBean(EmbeddedServer.class).postgres().getPort())
                    .isPositive();
        }
    }

    private String stored() {
        return jdbc.sql("select fingerprint from schema_fingerprint").query(String.class).single();
    }
}
