package org.kindred.shared.database;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An external PostgreSQL (KINDRED_DB_URL): the application connects as KINDRED_DB_USER; the migrations run as
 * KINDRED_DB_OWNER_USER when given, which should own the database. Without an owner user the application's user
 * migrates and owns the schema itself, as before, and least privilege is not in force (said at every start).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ExternalDatabase {
    private static final Logger log = LoggerFactory.getLogger(ExternalDatabase.class);

    @Bean
    DatabaseOwner databaseOwner(DataSource dataSource,
                                @Value("${spring.datasource.url}") String url,
                                @Value("${spring.datasource.username:}") String appUser,
                                @Value("${kindred.db.owner-user:}") String ownerUser,
                                @Value("${kindred.db.owner-password:}") String ownerPassword) {
        if (ownerUser.isBlank() || ownerUser.equals(appUser)) {
            log.warn("Kindred connects to its database as the schema's owner ({}): give KINDRED_DB_OWNER_USER and"
                    + " KINDRED_DB_OWNER_PASSWORD for a separate owner, so the application's user cannot alter the"
                    + " audit trail", appUser.isBlank() ? "the URL's user" : appUser);
            return new DatabaseOwner(dataSource, null);
        }
        if (appUser.isBlank()) {
            throw new IllegalStateException("KINDRED_DB_OWNER_USER is given but not KINDRED_DB_USER: give the"
                    + " application's own user too, which the owner grants what Kindred needs");
        }
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url);
        owner.setUser(ownerUser);
        owner.setPassword(ownerPassword);
        return new DatabaseOwner(owner, appUser);
    }
}
