package org.kindred.returns.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.kindred.access.Role;
import org.kindred.returns.annexa.AnnexAList;
import org.kindred.returns.annexa.AnnexAReport;
import org.kindred.returns.annexa.AnnexARows;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code returns annex-a}: Ofsted's Annex A workbook from Kindred's data. */
@Command(name = "annex-a", mixinStandardHelpOptions = true,
        description = "Write Ofsted's Annex A lists 1 to 11 (ILACS) as an .xlsx workbook.")
public class AnnexACommand implements Callable<Integer> {
    @Mixin
    BatchOptions batch;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the workbook.")
    Path out;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period (default today).")
    LocalDate to;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "First day of the period (default the day after the same date a year before --to).")
    LocalDate from;

    @Override
    public Integer call() throws Exception {
        LocalDate last = to == null ? LocalDate.now() : to;
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : from;
        try (ConfigurableApplicationContext ctx = batch.start()) {
            batch.signIn(ctx, Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR);
            AnnexARows rows;
            try (OutputStream os = Files.newOutputStream(out)) {
                rows = ctx.getBean(AnnexAReport.class).write(first, last, os);
            }
            System.out.printf("Annex A %s to %s written to %s%n", first, last, out);
            for (AnnexAList list : AnnexAList.values()) {
                System.out.printf("  %-8s %-45s %6d rows%n", list.sheetName(), list.title(), rows.count(list));
            }
            return 0;
        }
    }
}
