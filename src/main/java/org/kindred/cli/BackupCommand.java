package org.kindred.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kindred.shared.database.Backups;
import org.kindred.shared.database.EmbeddedOwner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up all of Kindred's data to one file: the embedded database (while Kindred serves it, or not)"
                + " or an external one. One consistent snapshot; restore with `kindred restore`."})
class BackupCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Option(names = "--out", required = true, description = "The backup file to write (replaced when complete).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Backups.Summary summary;
        if (database.url() != null) {
            summary = Backups.backup(database.externalOwner(), out);
        } else {
            try (EmbeddedOwner embedded = EmbeddedOwner.open(database.dataDirectory())) {
                summary = Backups.backup(embedded.owner(), out);
            }
        }
        System.out.println("Backed up " + summary + " (" + summary.rows("audit_entry") + " audit entries, "
                + summary.rows("person") + " people) to " + out);
        return 0;
    }
}
