package org.kindred.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data directory's embedded database, as its owner, for a command (backup): the server a live Kindred is
 * serving it with, if there is one (never stopped, never restarted), else one started for the command and stopped
 * after it.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class EmbeddedOwner implements AutoCloseable {
    private final DataSource owner;
    private final EmbeddedServer started;

    public static EmbeddedOwner open(String dataDir) throws IOException {
        Path root = Path.of(dataDir).toAbsolutePath();
        Path pgData = root.resolve("postgres");
        if (!Files.exists(pgData.resolve("PG_VERSION"))) {
            throw new IllegalStateException("No Kindred database in " + root + ": give the --data-dir it runs with");
        }
        Integer livePort = livePort(pgData);
        if (livePort != null) {
            if (!Files.exists(root.resolve(DatabaseSecrets.FILE))) {
                throw new IllegalStateException("The Kindred serving " + root + " started before passwords were"
                        + " kept: restart it once with this version, then back up");
            }
            DatabaseSecrets secrets = DatabaseSecrets.in(root);
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setServerNames(new String[] {"localhost"});
            ds.setPortNumbers(new int[] {livePort});
            ds.setDatabaseName("postgres");
            ds.setUser(EmbeddedServer.OWNER);
            ds.setPassword(secrets.owner());
            return new EmbeddedOwner(ds, null);
        }
        EmbeddedServer server = EmbeddedDatabase.start(root.toString(), false);
        return new EmbeddedOwner(server.owner(), server);
    }

    /** True when the data directory holds a database already (made, whether or not running). */
    public static boolean holdsDatabase(String dataDir) {
        return Files.exists(Path.of(dataDir).toAbsolutePath().resolve("postgres").resolve("PG_VERSION"));
    }

    /** The port of the server a live Kindred started on this data, or null when none is running. */
    static Integer livePort(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        Path ownerFile = pgData.resolve(StalePostmaster.OWNER);
        if (!Files.exists(pidFile) || !Files.exists(ownerFile)) return null;
        long kindred = Long.parseLong(Files.readString(ownerFile).trim());
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4 || kindred == ProcessHandle.current().pid()
                || !ProcessHandle.of(kindred).map(ProcessHandle::isAlive).orElse(false)
                || !ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive).orElse(false)) {
            return null;
        }
        return Integer.parseInt(lines.get(3).trim());
    }

    public DataSource owner() {
        return owner;
    }

    /** Whether the database belongs to a running Kindred (rather than started for this command). */
    public boolean live() {
        return started == null;
    }

    @Override
    public void close() throws IOException {
        if (started != null) started.close();
    }
}
