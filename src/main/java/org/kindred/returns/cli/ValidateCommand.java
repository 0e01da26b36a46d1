package org.kindred.returns.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kindred.returns.ssda903.Ssda903Reader;
import org.kindred.returns.validation.Issue;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.ReturnFileException;
import org.kindred.returns.validation.ReturnKind;
import org.kindred.returns.validation.Rule;
import org.kindred.returns.validation.RuleDefinition;
import org.kindred.returns.validation.RuleRegistry;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.RuleType;
import org.kindred.returns.validation.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code returns validate}: runs the DfE validation rules in force for one collection year over a return and lists
 * every failure. Exit code 0 when no error-type rule fails, 1 when one does (or a rule breaks), 2 when the input
 * cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run the DfE validation rules of a collection year over a statutory return.",
                "Exit codes: 0 no errors (queries may be listed), 1 errors found or a rule failed internally,",
                "2 unreadable input or bad usage."})
public class ValidateCommand implements Callable<Integer> {
    static final int CLEAN = 0;
    static final int ERRORS = 1;
    static final int UNREADABLE = 2;

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

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--timings", description = "Print to standard error the time spent reading, loading the rules and"
            + " in the slowest rules.")
    boolean timings;

    @Override
    public Integer call() {
        // Buffered: a national return can list hundreds of thousands of failures, and the console writer flushes
        // at every line. Flushed below, once everything is written.
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        PrintWriter err = spec.commandLine().getErr();
        ReturnKind returnKind = returnKind();
        if (returnKind == ReturnKind.CIN && (last != null || providers != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--last and --providers apply to ssda903 only");
        }
        if (returnKind != ReturnKind.CIN && noSchema) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--no-schema applies to cin only");
        }
        long started = System.nanoTime();
        long[] cpu = new long[5];
        cpu[0] = processCpu();
        RuleRegistry registry = RuleRegistry.load(returnKind);
        List<Rule> rules = registry.forCollectionEnding(year);
        long loaded = System.nanoTime();
        cpu[1] = processCpu();
        if (rules.isEmpty()) {
            // A year the rule catalogue does not cover is a usage error, not a clean return.
            err.println(input + ":0:0: no " + returnKind.name() + " rules are in force for "
                    + RuleRegistry.collectionYearLabel(year) + "; rules exist for " + yearsCovered(registry));
            err.flush();
            return UNREADABLE;
        }
        ReturnData data;
        try {
            ReturnData read = reader(returnKind).read(input, last);
            Metadata given = read.metadata();
            Metadata metadata = new Metadata(java.time.LocalDate.of(year - 1, 4, 1), java.time.LocalDate.of(year, 3, 31),
                    Integer.toString(year), given == null ? null : given.localAuthority(),
                    providers == null ? null : ProviderListReader.read(providers), given == null ? null : given.fileFormat());
            data = new ReturnData(read.tables(), metadata);
        } catch (ReturnFileException e) {
            err.println(e.describe());
            err.flush();
            return UNREADABLE;
        }

        long read = System.nanoTime();
        cpu[2] = processCpu();
        List<Map.Entry<String, Long>> ruleTimes = new ArrayList<>();
        List<Map<String, Object>> failures = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        int run = 0;
        int errors = 0;
        int queries = 0;
        int internalErrors = 0;
        List<Outcome> outcomes = runAll(rules, data);
        long ran = System.nanoTime();
        cpu[3] = processCpu();
        for (Outcome outcome : outcomes) {
            RuleDefinition def = outcome.rule().definition();
            ruleTimes.add(Map.entry(def.code() + " (" + def.ruleset() + ")", outcome.nanos()));
            if (outcome.failure() != null) {
                Throwable e = outcome.failure();
                internalErrors++;
                err.println("internal error in rule " + def.code() + " (" + def.ruleset() + "): " + e);
                skipped.add(skip(def.code(), "internal error: " + e));
                continue;
            }
            RuleResult result = outcome.result();
            if (result.skipped()) {
                skipped.add(skip(def.code(), result.skippedBecause()));
                continue;
            }
            run++;
            boolean query = def.type() == RuleType.QUERY;
            List<Issue> issues = new ArrayList<>(result.issues());
            if (result.returnLevelFailure() && issues.stream().noneMatch(Issue::returnLevel)) {
                issues.add(0, Issue.row(null, -1));
            }
            for (Issue issue : issues) {
                failures.add(failure(def, issue, data, query));
                if (query) {
                    queries++;
                } else {
                    errors++;
                }
            }
        }

        if (timings) {
            cpu[4] = processCpu();
            printTimings(err, new long[] {started, loaded, read, ran, System.nanoTime()}, cpu, ruleTimes);
        }
        if (json) {
            Map<String, Object> report = new LinkedHashMap<>();
            failures.forEach(f -> f.remove("type"));
            report.put("failures", failures);
            report.put("rulesRun", run);
            report.put("rulesSkipped", skipped);
            out.println(JsonMapper.builder().build().writeValueAsString(report));
        } else {
            for (Map<String, Object> f : failures) {
                out.println(text(f));
            }
            for (Map<String, Object> s : skipped) {
                out.println("SKIPPED " + s.get("rule") + ": " + s.get("reason"));
            }
            out.println(returnKind.name() + " " + RuleRegistry.collectionYearLabel(year) + ": "
                    + failures.size() + " failures (" + errors + " errors, " + queries + " queries) from " + run
                    + " rules run; " + (skipped.size() - internalErrors) + " rules skipped; " + internalErrors
                    + " internal errors");
        }
        out.flush();
        err.flush();
        return errors > 0 || internalErrors > 0 ? ERRORS : CLEAN;
    }

    /** What one rule gave: its result, or the exception it broke with; and how long it took. */
    private record Outcome(Rule rule, RuleResult result, Throwable failure, long nanos) {
    }

    /**
     * Runs every rule over the return, on as many threads as there are processors (rules are stateless and only
     * read the tables), and gives the outcomes in the order of the rules, so the report does not depend on timing.
     */
    private static List<Outcome> runAll(List<Rule> rules, ReturnData data) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), rules.size()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "returns-rule");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Outcome>> pending = new ArrayList<>();
            for (Rule rule : rules) {
                pending.add(pool.submit(() -> runOne(rule, data)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (java.util.concurrent.Future<Outcome> f : pending) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome runOne(Rule rule, ReturnData data) {
        long started = System.nanoTime();
        try {
            return new Outcome(rule, rule.validate(data), null, System.nanoTime() - started);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(rule, null, e, System.nanoTime() - started);
        }
    }

    private static String yearsCovered(RuleRegistry registry) {
        java.util.TreeSet<String> years = new java.util.TreeSet<>();
        registry.all().forEach(r -> years.addAll(java.util.Arrays.asList(r.definition().years())));
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

    /** At (wall clock) and cpu (process CPU): started, rules loaded, return read, rules run, report made. */
    private static void printTimings(PrintWriter err, long[] at, long[] cpu, List<Map.Entry<String, Long>> ruleTimes) {
        long rulesTotal = ruleTimes.stream().mapToLong(Map.Entry::getValue).sum();
        err.printf(Locale.ROOT, "timing: rule registry %d ms, read %d ms, %d rules %d ms (%d ms summed over rules),"
                        + " report %d ms%n", (at[1] - at[0]) / 1_000_000, (at[2] - at[1]) / 1_000_000, ruleTimes.size(),
                (at[3] - at[2]) / 1_000_000, rulesTotal / 1_000_000, (at[4] - at[3]) / 1_000_000);
        err.printf(Locale.ROOT, "timing: process CPU before validate %d ms, rule registry %d ms, read %d ms, rules %d ms,"
                        + " report %d ms%n", cpu[0] / 1_000_000, (cpu[1] - cpu[0]) / 1_000_000,
                (cpu[2] - cpu[1]) / 1_000_000, (cpu[3] - cpu[2]) / 1_000_000, (cpu[4] - cpu[3]) / 1_000_000);
        ruleTimes.stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(t -> err.printf(Locale.ROOT, "timing: rule %s %d ms%n", t.getKey(), t.getValue() / 1_000_000));
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

    private static Map<String, Object> skip(String rule, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", rule);
        m.put("reason", reason);
        return m;
    }

    private static Map<String, Object> failure(RuleDefinition def, Issue issue, ReturnData data, boolean query) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", def.code());
        m.put("message", def.message());
        m.put("table", issue.table());
        m.put("row", issue.returnLevel() ? null : issue.row());
        m.put("child", issue.returnLevel() ? null : child(data, issue));
        m.put("field", issue.column() != null ? issue.column() : String.join(",", def.fields()));
        m.put("type", query ? "QUERY" : "ERROR");
        return m;
    }

    private static String child(ReturnData data, Issue issue) {
        Table t = data.table(issue.table()).orElse(null);
        if (t == null || issue.row() >= t.size()) {
            return null;
        }
        String child = t.get(issue.row(), "CHILD");
        return child != null ? child : t.get(issue.row(), "LAchildID");
    }

    private static String text(Map<String, Object> f) {
        StringBuilder s = new StringBuilder();
        s.append(f.get("type")).append(' ').append(f.get("rule"));
        if (f.get("table") == null) {
            s.append(" whole return");
        } else {
            s.append(' ').append(f.get("table")).append(" row ").append(f.get("row"));
            if (f.get("child") != null) {
                s.append(" child ").append(f.get("child"));
            }
        }
        if (f.get("field") != null && !f.get("field").toString().isEmpty()) {
            s.append(" field ").append(f.get("field"));
        }
        return s.append(": ").append(f.get("message")).toString();
    }
}
