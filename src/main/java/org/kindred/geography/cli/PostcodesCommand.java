package org.kindred.geography.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kindred.geography.Postcodes;
import org.kindred.geography.internal.PostcodeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code postcodes}: the postcode directory Kindred looks places up in. */
@Command(name = "postcodes", mixinStandardHelpOptions = true,
        description = "The ONS Postcode Directory Kindred uses for places and distances.",
        subcommands = PostcodesCommand.Load.class)
public class PostcodesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code postcodes load FILE}: a newer directory into the data directory, used from then on instead of the jar's. */
    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Load a newer ONS Postcode Directory (CSV or .csv.gz: the ONSPD's own file, or the columns"
                    + " postcode,la_code,easting,northing) into <data dir>/postcodes; Kindred then reads it instead of"
                    + " the copy in the jar.", "Exit codes: 0 loaded, 2 unreadable file."})
    static class Load implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The directory's CSV file (.csv or .csv.gz).")
        Path file;

        @Option(names = "--data-dir", description = "Kindred's data directory (default KINDRED_DATA_DIR or ./data).")
        Path dataDir;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path dir = dataDir != null ? dataDir
                    : Path.of(System.getenv("KINDRED_DATA_DIR") == null ? "data" : System.getenv("KINDRED_DATA_DIR"));
            Path target = dir.resolve("postcodes");
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println(file + ":0:0: no such file");
                return 2;
            }
            try {
                // Written beside the old copy, then put in its place, so a failed load leaves the old one working.
                Path fresh = dir.resolve("postcodes.loading");
                deleteTree(fresh);
                int count = PostcodeFiles.convert(file, fresh, file.getFileName().toString());
                deleteTree(target);
                Files.move(fresh, target);
                Postcodes.useDirectory(target);
                spec.commandLine().getOut().println("loaded " + count + " postcodes from " + file + " into " + target);
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println(e.getMessage().startsWith(file.toString()) ? e.getMessage()
                        : file + ":0:0: " + e.getMessage());
                return 2;
            }
        }

        private static void deleteTree(Path p) throws IOException {
            if (!Files.exists(p)) {
                return;
            }
            try (var walk = Files.walk(p)) {
                for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        }
    }
}
