package org.kindred.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Skips the migration of a database already brought up to exactly the migrations this jar carries. Spring Modulith
 * runs one Flyway per module, and each scans the jar, loads its plugins and validates its history: a second on two
 * cores at every start, to learn that nothing changed. The fingerprint (SHA-256 of every migration's path and
 * content, and the version of the application role's grants) is stored after a successful migration; any added or edited migration changes it, and then Flyway runs
 * and validates as always.
 */
@Component
@RequiredArgsConstructor
class UnchangedSchema implements BeanPostProcessor {
    private static final Logger log = LoggerFactory.getLogger(UnchangedSchema.class);
    static final String MIGRATIONS = "classpath*:db/migration/**/*.sql";
    private final ObjectProvider<DatabaseOwner> owner;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof FlywayMigrationStrategy strategy) {
            return (FlywayMigrationStrategy) flyway -> migrate(strategy, flyway);
        }
        return bean;
    }

    private void migrate(FlywayMigrationStrategy strategy, org.flywaydb.core.Flyway flyway) {
        String fingerprint = fingerprint();
        DatabaseOwner owner = this.owner.getObject();
        JdbcTemplate jdbc = new JdbcTemplate(owner.dataSource());
        if (fingerprint.equals(stored(jdbc))) {
            log.info("Schema unchanged since the last migration (fingerprint {}): Flyway not run",
                    fingerprint.substring(0, 12));
            return;
        }
        strategy.migrate(flyway);
        DatabaseRoles.grant(owner);
        jdbc.update("""
                insert into schema_fingerprint (id, fingerprint) values (1, ?)
                on conflict (id) do update set fingerprint = excluded.fingerprint, migrated_at = now()""", fingerprint);
    }

    private static String stored(JdbcTemplate jdbc) {
        try {
            List<String> found = jdbc.queryForList("select fingerprint from schema_fingerprint", String.class);
            return found.isEmpty() ? null : found.get(0);
        } catch (DataAccessException noTableYet) {
            return null;
        }
    }

    /** SHA-256 over every migration's path below db/migration and its bytes, in path order. */
    static String fingerprint() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(MIGRATIONS);
            Arrays.sort(files, Comparator.comparing(UnchangedSchema::path));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Resource file : files) {
                sha.update(path(file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = file.getInputStream()) {
                    sha.update(in.readAllBytes());
                }
                sha.update((byte) 0);
            }
            sha.update(DatabaseRoles.VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(Resource file) {
        try {
            String url = file.getURL().toString();
            return url.substring(url.lastIndexOf("db/migration/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
