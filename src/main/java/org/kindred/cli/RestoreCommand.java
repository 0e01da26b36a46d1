package org.kindred.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kindred.shared.database.Backups;
import org.kindred.shared.database.DatabaseOwner;
import org.kindred.shared.database.EmbeddedOwner;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup into an empty data directory (a new --data-dir) or an empty external database:"
                + " migrates it as this Kindred would, then loads every table, all or nothing. Never over a database"
                + " that holds data, nor one a Kindred is serving."})
class RestoreCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "FILE", description = "A file written by `kindred backup`.")
    Path backup;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(backup)) {
            System.err.println("No backup file " + backup);
            return 2;
        }
        Backups.Summary expected = Backups.read(backup);
        String refusal = database.url() != null ? externalNotEmpty() : embeddedNotEmpty();
        if (refusal != null) {
            System.err.println(refusal);
            return 1;
        }
        Map<String, Object> properties = database.properties();
        properties.put("kindred.demo", false);
        try (ConfigurableApplicationContext ctx = SpringContexts.start(false, properties)) {
            Backups.Summary loaded = Backups.restore(ctx.getBean(DatabaseOwner.class).dataSource(), backup);
            System.out.println("Restored " + loaded + " (" + loaded.rows("audit_entry") + " audit entries, "
                    + loaded.rows("person") + " people) from " + backup + "; the backup held " + expected);
            return 0;
        }
    }

    private String embeddedNotEmpty() {
        String dir = database.dataDirectory();
        if (EmbeddedOwner.holdsDatabase(dir)) {
            return "The data directory " + Path.of(dir).toAbsolutePath() + " already holds a Kindred database"
                    + " (perhaps a live one): restore into a new, empty --data-dir, then move it into place while"
                    + " Kindred is stopped. Nothing was changed.";
        }
        return null;
    }

    private String externalNotEmpty() throws Exception {
        try (Connection c = database.externalOwner().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("select count(*) from pg_tables where schemaname = current_schema()")) {
            rs.next();
            long tables = rs.getLong(1);
            return tables == 0 ? null : "The database at " + database.url() + " is not empty (" + tables + " tables):"
                    + " restore into a new, empty database. Nothing was changed.";
        }
    }
}
