package org.kindred.cli;

import java.util.Map;
import org.kindred.shared.database.ConnectionOptions;
import picocli.CommandLine.Option;

/** Where the data lives, and the schema owner's account for the commands that migrate, back up or restore. */
public class DatabaseOptions extends ConnectionOptions {
    @Option(names = "--db-owner-user", description = "The schema's owner, which migrates (or KINDRED_DB_OWNER_USER).")
    String dbOwnerUser;

    @Option(names = "--db-owner-password", description = "The owner's password (or KINDRED_DB_OWNER_PASSWORD).")
    String dbOwnerPassword;

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

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> p = super.properties();
        put(p, "kindred.db.owner-user", dbOwnerUser);
        put(p, "kindred.db.owner-password", dbOwnerPassword);
        return p;
    }
}
