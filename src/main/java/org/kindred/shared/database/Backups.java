package org.kindred.shared.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A backup of Kindred's data: every table of its schema as PostgreSQL's COPY text, in one snapshot, with the
 * sequences' positions and the schema's fingerprint, in one zip. Restored into a database the same Kindred has just
 * migrated (so the schema, its triggers and grants are the migrations', not the backup's): the owner empties its
 * tables, switches their triggers off for the load (an audit entry keeps its number, time and chain link), copies
 * every table in foreign-key order, and checks every count, all in one transaction. Version-neutral: it needs no
 * pg_dump matching the server (the embedded binaries carry none), only a JDBC connection as the owner (ADR 0021).
 */
public final class Backups {
    static final String FORMAT = "kindred-backup-1";
    private static final String MANIFEST = "manifest.properties";

    private Backups() {
    }

    /** What a backup holds (or a restore loaded): rows per table, in load order. */
    public record Summary(String fingerprint, Map<String, Long> rows) {
        public long rows(String table) {
            return rows.getOrDefault(table, 0L);
        }

        @Override
        public String toString() {
            return rows.size() + " tables, " + rows.values().stream().mapToLong(Long::longValue).sum() + " rows";
        }
    }

    /** Writes the owner's schema's data to {@code out} (replaced only once complete). */
    public static Summary backup(DataSource owner, Path out) throws IOException, SQLException {
        Path draft = out.resolveSibling(out.getFileName() + ".partial");
        Map<String, Long> rows = new LinkedHashMap<>();
        Properties manifest = new Properties();
        try (Connection c = owner.getConnection();
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(draft))) {
            c.setAutoCommit(false);
            // One snapshot for every table: the backup is of one moment, whatever is being written meanwhile.
            execute(c, "set transaction isolation level repeatable read, read only");
            String fingerprint = single(c, "select fingerprint from schema_fingerprint");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tablesInLoadOrder(c)) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                Lines counted = new Lines(zip);
                copy.copyOut("copy " + DatabaseRoles.quote(table) + " to stdout", counted);
                zip.closeEntry();
                rows.put(table, counted.lines);
            }
            for (var s : query(c, "select sequencename, coalesce(last_value, 0), (last_value is not null)::text from pg_sequences"
                    + " where schemaname = current_schema() order by 1")) {
                manifest.setProperty("sequence." + s.get(0), s.get(1) + "," + s.get(2));
            }
            c.commit();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("fingerprint", fingerprint);
            manifest.setProperty("made", Instant.now().toString());
            manifest.setProperty("server", single(c, "show server_version"));
            manifest.setProperty("tables", String.join(",", rows.keySet()));
            rows.forEach((t, n) -> manifest.setProperty("rows." + t, Long.toString(n)));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            StringWriter text = new StringWriter();
            manifest.store(text, "Kindred backup: restore with `kindred restore FILE` into an empty data directory or database");
            zip.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(draft);
            throw e;
        }
        Files.move(draft, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(manifest.getProperty("fingerprint"), rows);
    }

    /** What the backup file says it holds. */
    public static Summary read(Path backup) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Properties m = manifest(zip, backup);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String t : m.getProperty("tables", "").split(",")) {
                if (!t.isEmpty()) rows.put(t, Long.parseLong(m.getProperty("rows." + t)));
            }
            return new Summary(m.getProperty("fingerprint"), rows);
        }
    }

    /**
     * Loads a backup into the owner's schema, which the same Kindred has just migrated and which holds no one's data
     * yet (the caller checks); all or nothing.
     */
    public static Summary restore(DataSource owner, Path backup) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(backup.toFile()); Connection c = owner.getConnection()) {
            Properties m = manifest(zip, backup);
            c.setAutoCommit(false);
            String fingerprint = single(c, "select fingerprint from schema_fingerprint");
            if (!fingerprint.equals(m.getProperty("fingerprint"))) {
                throw new IllegalStateException("The backup was made by a Kindred with other migrations (schema "
                        + abbreviate(m.getProperty("fingerprint")) + ", this one " + abbreviate(fingerprint)
                        + "): restore it with that version, then start this one to upgrade");
            }
            List<String> tables = tablesInLoadOrder(c);
            List<String> inBackup = List.of(m.getProperty("tables").split(","));
            if (!new LinkedHashSet<>(tables).equals(new LinkedHashSet<>(inBackup))) {
                throw new IllegalStateException("The backup's tables differ from this schema's: " + inBackup + " / " + tables);
            }
            String all = String.join(", ", tables.stream().map(DatabaseRoles::quote).toList());
            for (String t : tables) execute(c, "alter table " + DatabaseRoles.quote(t) + " disable trigger user");
            execute(c, "truncate " + all);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String t : tables) {
                ZipEntry entry = zip.getEntry("tables/" + t + ".copy");
                if (entry == null) throw new IllegalStateException("The backup lacks table " + t);
                try (InputStream in = zip.getInputStream(entry)) {
                    long loaded = copy.copyIn("copy " + DatabaseRoles.quote(t) + " from stdin", in);
                    long expected = Long.parseLong(m.getProperty("rows." + t));
                    if (loaded != expected) {
                        throw new IllegalStateException(t + ": " + loaded + " rows loaded, the backup says " + expected);
                    }
                    rows.put(t, loaded);
                }
            }
            for (String t : tables) execute(c, "alter table " + DatabaseRoles.quote(t) + " enable trigger user");
            for (String key : m.stringPropertyNames()) {
                if (!key.startsWith("sequence.")) continue;
                String[] v = m.getProperty(key).split(",");
                try (var st = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    st.setString(1, DatabaseRoles.quote(key.substring("sequence.".length())));
                    st.setLong(2, Math.max(1, Long.parseLong(v[0])));
                    st.setBoolean(3, v[1].equals("true") || v[1].equals("t"));
                    st.executeQuery();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            execute(c, "analyze");
            return new Summary(fingerprint, rows);
        }
    }

    /** Tables of the schema that hold data (not the migrations' own records), parents before children. */
    static List<String> tablesInLoadOrder(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        for (var r : query(c, """
                select c.relname from pg_class c
                where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
                  and c.relname not like 'flyway_schema_history%' and c.relname <> 'schema_fingerprint'
                order by 1""")) {
            tables.add(r.get(0));
        }
        Map<String, Set<String>> parents = new HashMap<>();
        for (var r : query(c, """
                select c.relname, p.relname from pg_constraint k
                join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
                where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace and k.conrelid <> k.confrelid""")) {
            parents.computeIfAbsent(r.get(0), k -> new LinkedHashSet<>()).add(r.get(1));
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String t : tables) {
                if (!placed.contains(t) && placed.containsAll(parents.getOrDefault(t, Set.of()).stream()
                        .filter(tables::contains).toList())) {
                    ordered.add(t);
                    placed.add(t);
                    progress = true;
                }
            }
            if (!progress) throw new IllegalStateException("Foreign keys in a cycle among " + tables.stream()
                    .filter(t -> !placed.contains(t)).toList());
        }
        return ordered;
    }

    private static Properties manifest(ZipFile zip, Path backup) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) throw new IllegalStateException(backup + " is not a Kindred backup (no " + MANIFEST + ")");
        Properties m = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            m.load(new StringReader(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (!FORMAT.equals(m.getProperty("format"))) {
            throw new IllegalStateException(backup + " is in format " + m.getProperty("format") + ", not " + FORMAT);
        }
        return m;
    }

    private static String abbreviate(String fingerprint) {
        return fingerprint == null ? "unknown" : fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        List<List<String>> rows = query(c, sql);
        if (rows.size() != 1) throw new IllegalStateException(sql + ": " + rows.size() + " rows");
        return rows.get(0).get(0);
    }

    private static List<List<String>> query(Connection c, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                rows.add(row);
            }
        }
        return rows;
    }

    /** Counts the lines (COPY's text rows: a newline inside a value is written as \n) on their way to the zip. */
    private static final class Lines extends FilterOutputStream {
        long lines;

        Lines(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (b == '\n') lines++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) if (b[i] == '\n') lines++;
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // The zip entry is closed by its owner, not by the copy.
        }
    }
}
