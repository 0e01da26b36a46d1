package org.kindred.returns.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kindred.returns.validation.ReturnKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code returns export}: the statutory return from Kindred's own data, written as the DfE takes it (SSDA903: one
 * CSV file per table and the XML; CIN census: the XML, checked against the year's schema), then validated by the
 * same rules as {@code returns validate}. Exit codes as validate: 0 no errors, 1 errors, 2 bad usage or a file the
 * schema refuses.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a DfE statutory return from Kindred's data, then validate it.",
                "Exit codes: 0 no errors (queries may be listed), 1 errors found, 2 bad usage or unreadable output."})
public class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--return", required = true, paramLabel = "KIND", description = "ssda903 or cin.")
    String kind;

    @Option(names = "--year", required = true, paramLabel = "YYYY",
            description = "The year the collection ends, e.g. 2025 for 2024/25.")
    int year;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The directory to write the return into.")
    Path out;

    @Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL (or KINDRED_DB_URL). Default: embedded.")
    String dbUrl;

    @Option(names = "--data-dir", description = "Where the embedded PostgreSQL keeps its data (default ./data).")
    String dataDir;

    @Override
    public Integer call() {
        ReturnKind returnKind = switch (kind.toLowerCase(Locale.ROOT)) {
            case "ssda903", "903" -> ReturnKind.SSDA903;
            case "cin" -> ReturnKind.CIN;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown return '" + kind + "': use ssda903 or cin");
        };
        // The Spring part lives in its own class, so that `returns validate` never loads Spring's classes.
        return ExportRun.run(returnKind, year, out, arguments(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private String[] arguments() {
        List<String> args = new ArrayList<>();
        if (dbUrl != null) {
            args.add("--spring.datasource.url=" + dbUrl);
        }
        if (dataDir != null) {
            args.add("--kindred.data-dir=" + dataDir);
        }
        return args.toArray(String[]::new);
    }
}
