package org.kindred.returns.cli;

import org.kindred.returns.validation.CollectionYears;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kindred.returns.ssda903.Ssda903Reader;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.ValidationReport;
import org.kindred.returns.validation.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code returns validate}: runs the DfE validation rules in force for one collection year over a return and lists
 * every failure. Exit code 0 when no error-type rule fails, 1 when one does, 2 when the input cannot be read, 3 when
 * the heap was too small for the return, 4 when validation broke (a rule or the command itself): a crash is never
 * read as a finding.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run the DfE validation rules of a collection year over a statutory return.",
                "Exit codes: 0 no errors (queries may be listed), 1 errors found, 2 unreadable input or bad usage,",
                "3 out of memory (run java with a larger -Xmx), 4 validation broke (a rule failed internally)."})
public class ValidateCommand implements Callable<Integer> {
    static final int CLEAN = 0;
    static final int ERRORS = 1;
    static final int UNREADABLE = 2;
    static final int OUT_OF_MEMORY = 3;
    static final int BROKE = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--return", required = true, paramLabel = "KIND",
            description = "ssda903 (children looked after) or cin (children in need census).")
    String kind;

    @Option(names = "--year", required = true, paramLabel = "YYYY",
            description = "The year the collection ends, e.g. 2024 for 2023/24 (1 April 2023 to 31 March 2024).")
    int year;

    @Parameters(index = "0", paramLabel = "DIR_OR_XML",
            description = "SSDA903: a directory of CSV files or the XML file; CIN: the census XML file.")
    Path input;

    @Option(names = "--last", paramLabel = "DIR_OR_XML",
            description = "SSDA903 only: the previous year's return, read as the <Table>_last tables.")
    Path last;

    @Option(names = "--providers", paramLabel = "FILE",
            description = "SSDA903 only: Ofsted's combined providers and children's homes list (.xlsx), or a CSV with"
                    + " the columns URN, PLACE_CODES, PROVIDER_CODES, REG_END, POSTCODE...; the URN rules skip without it.")
    Path providers;

    @Option(names = "--no-schema", description = "CIN only: do not check the file against the census schema of the"
            + " year (CIN_schema_YYYY.xsd) before the rules run.")
    boolean noSchema;

    @Option(names = "--la", paramLabel = "CODE", description = "SSDA903: the authority making the return (ONS code,"
            + " e.g. E10000019, or Kindred's own DfE LA number), for the placement location IN/OUT and rules 411 and 1015;"
            + " default: the one the file names, else KINDRED_LA_CODE (925).")
    String la;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--timings", description = "Print to standard error the time spent reading, loading the rules and"
            + " in the slowest rules.")
    boolean timings;

    @Override
    public Integer call() {
        Crash.arm();
        try {
            return validate();
        } catch (CommandLine.ParameterException e) {
            throw e;
        } catch (Throwable e) {
            // validate()'s frame, and with it the return and the report, is gone: there is room to say what happened.
            return Crash.report(e, input);
        }
    }

    private int validate() {
        // Buffered: a national return can list hundreds of thousands of failures, and the console writer flushes
        // at every line. Flushed below, once everything is written.
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(
                spec != null ? spec.commandLine().getOut() : PlainArguments.writer(System.out, "sun.stdout.encoding"), 1 << 16), false);
        PrintWriter err = spec != null ? spec.commandLine().getErr() : PlainArguments.writer(System.err, "sun.stderr.encoding");
        ReturnKind returnKind = returnKind();
        if (returnKind == ReturnKind.CIN && (last != null || providers != null || la != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--last, --providers and --la apply to ssda903 only");
        }
        if (returnKind != ReturnKind.CIN && noSchema) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--no-schema applies to cin only");
        }
        long started = System.nanoTime();
        long[] cpu = new long[5];
        cpu[0] = processCpu();
        // The rule classes load on another thread while this one reads the return: on a small return each is
        // about a third of the time.
        java.util.concurrent.CompletableFuture<List<Rule>> loading = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> RuleRegistry.inForce(returnKind, year), task -> {
                    Thread t = new Thread(task, "returns-rule-loader");
                    t.setDaemon(true);
                    t.start();
                });
        ReturnData data;
        try {
            ReturnData read = reader(returnKind).read(input, last);
            Metadata given = read.metadata();
            Metadata metadata = new Metadata(CollectionYears.start(year), CollectionYears.end(year),
                    Integer.toString(year), authority(given),
                    providers == null ? null : ProviderListReader.read(providers), given == null ? null : given.fileFormat());
            data = new ReturnData(read.tables(), metadata);
            if (returnKind == ReturnKind.SSDA903) {
                // PL_LA, PL_LOCATION, PL_DISTANCE (and HOME_LA) from the postcodes, as the DfE's tool adds them.
                data = org.kindred.returns.ssda903.PostcodeColumns.derive(data);
            }
        } catch (ReturnFileException e) {
            if (loading.join().isEmpty()) {
                return noRules(err, returnKind);
            }
            err.println(e.describe());
            err.flush();
            return UNREADABLE;
        }
        long read = System.nanoTime();
        cpu[1] = processCpu();
        List<Rule> rules = loading.join();
        long loaded = System.nanoTime();
        cpu[2] = processCpu();
        if (rules.isEmpty()) {
            return noRules(err, returnKind);
        }
        ValidationReport report = Validator.validate(rules, data);
        long ran = System.nanoTime();
        cpu[3] = processCpu();
        for (ValidationReport.Skipped s : report.skipped()) {
            if (s.reason().startsWith("internal error")) {
                err.println("internal error in rule " + s.rule() + ": " + s.reason());
            }
        }
        if (json) {
            ReportJson.write(out, report);
            out.println();
        } else {
            // Run from the command line (no picocli), the lines go to standard output as bytes.
            ReportText.print(out, spec == null ? System.out : null,
                    spec == null ? PlainArguments.charset("sun.stdout.encoding") : null, report, returnKind, year);
        }
        out.flush();
        if (timings) {
            cpu[4] = processCpu();
            printTimings(err, new long[] {started, read, loaded, ran, System.nanoTime()}, cpu, report.timings());
        }
        err.flush();
        if (report.internalErrors() > 0) {
            return BROKE;
        }
        return report.clean() ? CLEAN : ERRORS;
    }

    /** --la, else the authority the file names, else Kindred's own (KINDRED_LA_CODE, the demo's 925). */
    private String authority(Metadata given) {
        if (la != null) {
            return la;
        }
        if (given != null && given.localAuthority() != null) {
            return given.localAuthority();
        }
        String own = System.getenv("KINDRED_LA_CODE");
        return own == null || own.isBlank() ? "925" : own.trim();
    }

    /** A year the rule catalogue does not cover is a usage error, not a clean return. */
    private int noRules(PrintWriter err, ReturnKind returnKind) {
        err.println(input + ":0:0: no " + returnKind.name() + " rules are in force for "
                + RuleRegistry.collectionYearLabel(year) + "; rules exist for " + yearsCovered(RuleRegistry.load(returnKind)));
        err.flush();
        return UNREADABLE;
    }

    private static String yearsCovered(RuleRegistry registry) {
        java.util.TreeSet<String> years = new java.util.TreeSet<>();
        registry.all().forEach(r -> years.addAll(r.definition().years()));
        return years.isEmpty() ? "no year" : String.join(", ", years);
    }

    /** CPU time of the whole JVM so far (all threads: JIT compiler and collector included), in ns; -1 if unknown. */
    private long processCpu() {
        if (!timings) {
            return -1;
        }
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : -1;
    }

    /** At (wall clock) and cpu (process CPU): started, return read, rules loaded, rules run, report made. */
    private static void printTimings(PrintWriter err, long[] at, long[] cpu, List<ValidationReport.Timing> ruleTimes) {
        long rulesTotal = ruleTimes.stream().mapToLong(ValidationReport.Timing::nanos).sum();
        err.printf(Locale.ROOT, "timing: read %d ms, rule classes loaded %d ms later (loading alongside the read),"
                        + " %d rules %d ms (%d ms summed over rules), report %d ms%n", (at[1] - at[0]) / 1_000_000,
                (at[2] - at[1]) / 1_000_000, ruleTimes.size(), (at[3] - at[2]) / 1_000_000, rulesTotal / 1_000_000,
                (at[4] - at[3]) / 1_000_000);
        err.printf(Locale.ROOT, "timing: process CPU before validate %d ms, read and rule loading %d ms, waiting for"
                        + " rules %d ms, rules %d ms, report %d ms%n", cpu[0] / 1_000_000, (cpu[1] - cpu[0]) / 1_000_000,
                (cpu[2] - cpu[1]) / 1_000_000, (cpu[3] - cpu[2]) / 1_000_000, (cpu[4] - cpu[3]) / 1_000_000);
        ruleTimes.stream().sorted(java.util.Comparator.comparingLong(ValidationReport.Timing::nanos).reversed()).limit(15)
                .forEach(t -> err.printf(Locale.ROOT, "timing: rule %s %d ms%n", t.rule(), t.nanos() / 1_000_000));
    }

    private ReturnKind returnKind() {
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "ssda903":
            case "903":
                return ReturnKind.SSDA903;
            case "cin":
                return ReturnKind.CIN;
            default:
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown return '" + kind + "': use ssda903 or cin");
        }
    }

    /**
     * The input among the command's arguments, as picocli will read it (the first positional argument), or null:
     * only for setting up the JIT before picocli starts.
     */
    static Path inputIn(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--return") || a.equals("--year") || a.equals("--last") || a.equals("--providers") || a.equals("--la")) {
                i++;
            } else if (!a.startsWith("-")) {
                return Path.of(a);
            }
        }
        return null;
    }

    ReturnReader reader(ReturnKind kind) {
        if (kind == ReturnKind.SSDA903) {
            return Ssda903Reader::read;
        }
        return (in, last) -> readCin(in, noSchema ? null : year);
    }

    /**
     * The CIN census reader lives in the CIN package, which may be built separately; it is found by name and
     * called as {@code CinXmlReader.read(Path, Integer)}, which first checks the file against the census schema
     * of the collection year (CIN_schema_YYYY.xsd, unless the year is null): a file that breaks the schema, or a
     * year without a schema, is unreadable input (exit 2, with file:line:column).
     */
    private static ReturnData readCin(Path in, Integer schemaYear) {
        Method read;
        try {
            read = Class.forName("org.kindred.returns.cin.CinXmlReader").getMethod("read", Path.class, Integer.class);
        } catch (ReflectiveOperationException e) {
            throw new ReturnFileException(in.toString(), 0, 0, "this build has no CIN census reader");
        }
        try {
            return (ReturnData) read.invoke(null, in, schemaYear);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
