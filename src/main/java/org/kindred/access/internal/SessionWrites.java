package org.kindred.access.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session writes every signed-in request's last access time back to PostgreSQL. Waiting for each of those
 * writes to reach the disk capped pages at the disk's commits per second (bench/web/session-cost.sh: a layout-only
 * page fell from 350 to 78 requests a second on a busy machine), so the transactions that create or touch a session
 * commit asynchronously ({@code synchronous_commit} off for that transaction only, set by the statement itself): a
 * crash of PostgreSQL can lose the last fraction of a second of session writes (a sign-in made then is asked for
 * again), never case data, whose transactions still wait for the disk. Spring Session's own statements otherwise.
 */
@Configuration(proxyBeanMethods = false)
class SessionWrites {
    private static final String ASYNC = "WITH async AS (SELECT set_config('synchronous_commit', 'off', true))\n";

    /**
     * After the repository is made, not as a {@code SessionRepositoryCustomizer}: Boot's customizer sets the table name,
     * which prepares every query afresh, and would undo these if it ran after.
     */
    @Bean
    static BeanPostProcessor asynchronousSessionCommits() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JdbcIndexedSessionRepository repository) asynchronous(repository);
                return bean;
            }
        };
    }

    static void asynchronous(JdbcIndexedSessionRepository repository) {
        repository.setCreateSessionQuery(ASYNC + """
                    INSERT INTO %TABLE_NAME% (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL,
                        EXPIRY_TIME, PRINCIPAL_NAME)
                    SELECT ?, ?, ?, ?, ?, ?, ? FROM async
                    """);
        repository.setUpdateSessionQuery(ASYNC + """
                    UPDATE %TABLE_NAME%
                    SET SESSION_ID = ?, LAST_ACCESS_TIME = ?, MAX_INACTIVE_INTERVAL = ?, EXPIRY_TIME = ?, PRINCIPAL_NAME = ?
                    FROM async WHERE PRIMARY_ID = ?
                    """);
        repository.setCreateSessionAttributeQuery("""
                    INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                    VALUES (?, ?, ?)
                    ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
                    """);
    }
}
