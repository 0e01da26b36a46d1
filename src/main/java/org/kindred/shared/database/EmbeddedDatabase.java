package org.kindred.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no database URL configured, Kindred runs its own PostgreSQL (zonky's embedded binaries),
 * keeping data under the data directory so a newcomer needs no install.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** The same test as this configuration's condition, for {@link EarlyEmbeddedDatabase}. */
    static boolean wanted(Environment env) {
        return env.getProperty("spring.datasource.url", "").isEmpty();
    }

    // Spring closes it after the data source: zonky's own hook would stop it too early.
    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(@Value("${kindred.data-dir}") String dataDir,
                                  @Value("${kindred.embedded.ephemeral:false}") boolean ephemeral,
                                  ObjectProvider<EarlyEmbeddedDatabase.Start> early) throws IOException {
        EarlyEmbeddedDatabase.Start started = early.getIfAvailable();
        return started != null ? started.claim() : start(dataDir, ephemeral);
    }

    static EmbeddedServer start(String dataDir, boolean ephemeral) throws IOException {
        var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        DatabaseSecrets secrets;
        boolean fresh;
        if (ephemeral) {
            secrets = DatabaseSecrets.generated();
            fresh = true;
        } else {
            Path dir = Path.of(dataDir, "postgres").toAbsolutePath();
            Files.createDirectories(dir);
            StalePostmaster.stopIfRunning(dir);
            fresh = !Files.exists(dir.resolve("postgresql.conf"));
            if (!fresh && PasswordAuthentication.inForce(dir) && !Files.exists(dir.resolveSibling(DatabaseSecrets.FILE))) {
                throw new IllegalStateException("The database in " + dir + " asks for passwords, but "
                        + dir.resolveSibling(DatabaseSecrets.FILE) + " is missing: put back the copy kept with this"
                        + " data directory's backup");
            }
            secrets = DatabaseSecrets.in(dir.getParent());
            log.info("Embedded PostgreSQL with data in {}", dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    // zonky's defaults suit throw-away test data; kept data must survive a crash.
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        boolean[] trusting = {false};
        Path pwfile = Files.createTempDirectory("kindred-initdb").resolve("pw");
        DatabaseSecrets.createPrivate(pwfile);
        Files.writeString(pwfile, secrets.owner() + "\n");
        EmbeddedPostgres postgres;
        Path[] pgData = {null};
        try {
            postgres = builder
                    // initdb's only (a new data directory): the owner's password from the start.
                    .setLocaleConfig("pwfile", pwfile.toString())
                    .setConnectConfig("password", secrets.owner())
                    .setDataDirectoryCustomizer(d -> {
                        pgData[0] = d.toPath();
                        if (fresh) PasswordAuthentication.write(pgData[0]);
                        trusting[0] = !PasswordAuthentication.inForce(pgData[0]);
                    })
                    .start();
        } finally {
            Files.deleteIfExists(pwfile);
            Files.deleteIfExists(pwfile.getParent());
        }
        EmbeddedServer server = new EmbeddedServer(postgres, secrets);
        try {
            PasswordAuthentication.settle(server, pgData[0], trusting[0]);
        } catch (java.sql.SQLException e) {
            server.close();
            throw new IOException("Could not set the embedded PostgreSQL's roles: " + e.getMessage(), e);
        }
        if (!ephemeral) StalePostmaster.claim(pgData[0]);
        return server;
    }

    /** The schema's owner, for migrations and the few statements that need more than the application may do. */
    @Bean
    DatabaseOwner databaseOwner(EmbeddedServer server) {
        return new DatabaseOwner(server.owner(), EmbeddedServer.APP);
    }

    @Bean
    DataSource dataSource(EmbeddedServer server) {
        HikariConfig config = new HikariConfig();
        // The application's role, which owns nothing (DatabaseRoles says what it may do).
        config.setDataSource(server.app());
        config.setMaximumPoolSize(20);
        config.setPoolName("kindred-embedded");
        // With the database down, answer (health, pages, the API) within 2 s rather than waiting 30 s.
        config.setConnectionTimeout(1500);
        return new HikariDataSource(config);
    }
}
