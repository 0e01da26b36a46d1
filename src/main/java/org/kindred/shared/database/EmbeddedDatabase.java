package org.kindred.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.postgresql.ds.common.BaseDataSource;
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
    EmbeddedPostgres embeddedPostgres(@Value("${kindred.data-dir}") String dataDir,
                                      @Value("${kindred.embedded.ephemeral:false}") boolean ephemeral,
                                      ObjectProvider<EarlyEmbeddedDatabase.Start> early) throws IOException {
        EarlyEmbeddedDatabase.Start started = early.getIfAvailable();
        return started != null ? started.claim() : start(dataDir, ephemeral);
    }

    static EmbeddedPostgres start(String dataDir, boolean ephemeral) throws IOException {
        var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (ephemeral) {
            return builder.start();
        }
        Path dir = Path.of(dataDir, "postgres").toAbsolutePath();
        Files.createDirectories(dir);
        StalePostmaster.stopIfRunning(dir);
        log.info("Embedded PostgreSQL with data in {}", dir);
        EmbeddedPostgres postgres = builder.setDataDirectory(dir).setCleanDataDirectory(false)
                // zonky's defaults suit throw-away test data; kept data must survive a crash.
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .start();
        StalePostmaster.claim(dir);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        DataSource database = postgres.getPostgresDatabase();
        if (database instanceof BaseDataSource pg) {
            // Batches of inserts (demo data, imports) go as multi-row statements: one round trip, not one each.
            pg.setReWriteBatchedInserts(true);
        }
        config.setDataSource(database);
        config.setMaximumPoolSize(20);
        config.setPoolName("kindred-embedded");
        // With the database down, answer (health, pages, the API) within 2 s rather than waiting 30 s.
        config.setConnectionTimeout(1500);
        return new HikariDataSource(config);
    }
}
