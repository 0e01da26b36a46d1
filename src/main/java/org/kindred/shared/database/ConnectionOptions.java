package org.kindred.shared.database;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where a command's data lives: an external PostgreSQL by URL, or the embedded one under a data directory. One picocli
 * mixin, so that every command that starts Kindred names these options and their variables alike.
 */
public class ConnectionOptions {
    @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL (or KINDRED_DB_URL). Default: embedded.")
    protected String dbUrl;

    @Option(names = "--db-user", description = "Database user for --db-url (or KINDRED_DB_USER).")
    protected String dbUser;

    @Option(names = "--db-password", description = "Database password for --db-url (or KINDRED_DB_PASSWORD).")
    protected String dbPassword;

    @Option(names = "--data-dir", description = "Where the embedded PostgreSQL keeps its data (default ./data).")
    protected String dataDir;

    /** The data directory as given on the command line, or null. */
    public String dataDirOption() { return dataDir; }

    /** The options given, as the Spring properties they set. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        put(p, "spring.datasource.url", dbUrl);
        put(p, "spring.datasource.username", dbUser);
        put(p, "spring.datasource.password", dbPassword);
        put(p, "kindred.data-dir", dataDir);
        return p;
    }

    /** The same as command-line arguments, which outrank application.properties and the environment. */
    public String[] arguments() {
        return properties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    protected static void put(Map<String, Object> properties, String name, String value) {
        if (value != null) properties.put(name, value);
    }
}
