package org.kindred.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives: an external PostgreSQL by URL, or the embedded one under a data directory. */
public class DatabaseOptions {
    @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL (or KINDRED_DB_URL). Default: embedded.")
    String dbUrl;

    @Option(names = "--db-user", description = "Database user for --db-url (or KINDRED_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", description = "Database password for --db-url (or KINDRED_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--db-owner-user", description = "The schema's owner, which migrates (or KINDRED_DB_OWNER_USER).")
    String dbOwnerUser;

    @Option(names = "--db-owner-password", description = "The owner's password (or KINDRED_DB_OWNER_PASSWORD).")
    String dbOwnerPassword;

    @Option(names = "--data-dir", description = "Where the embedded PostgreSQL keeps its data (default ./data).")
    String dataDir;

    /** The external database's URL (option, else KINDRED_DB_URL), or null for the embedded one. */
    String url() {
        return either(dbUrl, "KINDRED_DB_URL");
    }

    String dataDirectory() {
        String dir = either(dataDir, "KINDRED_DATA_DIR");
        return dir != null ? dir : "./data";
    }

    /** The external database as its owner: the owner's user if one is given, else the application's. */
    javax.sql.DataSource externalOwner() {
        var ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(url());
        String owner = either(dbOwnerUser, "KINDRED_DB_OWNER_USER");
        ds.setUser(owner != null ? owner : either(dbUser, "KINDRED_DB_USER"));
        ds.setPassword(owner != null ? either(dbOwnerPassword, "KINDRED_DB_OWNER_PASSWORD") : either(dbPassword, "KINDRED_DB_PASSWORD"));
        return ds;
    }

    private static String either(String option, String variable) {
        if (option != null && !option.isBlank()) return option;
        String env = System.getenv(variable);
        return env == null || env.isBlank() ? null : env;
    }

    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        if (dbUrl != null) {
            p.put("spring.datasource.url", dbUrl);
        }
        if (dbUser != null) {
            p.put("spring.datasource.username", dbUser);
        }
        if (dbPassword != null) {
            p.put("spring.datasource.password", dbPassword);
        }
        if (dbOwnerUser != null) {
            p.put("kindred.db.owner-user", dbOwnerUser);
        }
        if (dbOwnerPassword != null) {
            p.put("kindred.db.owner-password", dbOwnerPassword);
        }
        if (dataDir != null) {
            p.put("kindred.data-dir", dataDir);
        }
        return p;
    }
}
