package org.kindred.returns.imports;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kindred.access.Role;
import org.kindred.returns.cli.BatchOptions;
import org.kindred.returns.validation.ReturnFileException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code returns import}: an authority's past return into Kindred, which is how its history moves in. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load a past SSDA903 or CIN census return into Kindred: children matched on the register (or "
                + "created), then their care episodes, reviews and missing episodes (SSDA903) or referrals, "
                + "assessments, plans and section 47 enquiries (CIN). Importing the same return again changes nothing.",
                "Exit codes: 0 all imported; 1 some rows skipped (each listed with file, line and column); "
                        + "2 the input cannot be read."})
public class ImportCommand implements Callable<Integer> {
    @Mixin
    BatchOptions batch;

    @Option(names = "--return", required = true, paramLabel = "ssda903|cin", description = "Which return.")
    String returnName;

    @Option(names = "--year", paramLabel = "YYYY",
            description = "The collection year (the year it ends: 2018 for 2017/18). Default: from the return's dates.")
    Integer year;

    @Option(names = "--threshold", defaultValue = "0.95",
            description = "Match probability from which a child is taken to be someone already on the register (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--worker", paramLabel = "USERNAME",
            description = "CIN: the social worker or team manager recorded on imported assessments (without it, assessments are not imported).")
    String worker;

    @Parameters(paramLabel = "DIR_OR_XML", description = "SSDA903: a directory of CSV files or the XML; CIN: the XML file.")
    Path input;

    @Override
    public Integer call() {
        if (!returnName.equals("ssda903") && !returnName.equals("cin")) {
            System.err.println("--return must be ssda903 or cin");
            return 2;
        }
        try (ConfigurableApplicationContext ctx = batch.start()) {
            batch.signIn(ctx, Role.ADMINISTRATOR);
            ImportResult result = ctx.getBean(ReturnImports.class).run(returnName, input, year, threshold, worker,
                    new PrintedProgress(System.err, 10_000));
            result.problems().forEach(p -> System.err.println(p.describe()));
            result.added().forEach((what, n) -> System.out.printf("added %-36s %7d%n", what, n));
            result.alreadyImported().forEach((what, n) -> System.out.printf("already imported %-27s %7d%n", what, n));
            result.notImported().forEach((table, n) -> System.out.printf("not imported (no Kindred API yet) %-10s %7d rows%n", table, n));
            System.out.printf("%d rows skipped%n", result.problems().size());
            return result.problems().isEmpty() ? 0 : 1;
        } catch (ReturnFileException e) {
            System.err.println(e.describe());
            return 2;
        }
    }
}
