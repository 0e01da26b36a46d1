package org.kindred.returns.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The validation engine: runs rules over the tables of a return, whether they came from files or from Kindred's
 * own data, and reports every failure. Rules are stateless and only read the tables, so they run on as many
 * threads as there are processors; the report is in rule order whatever the timing.
 */
public final class Validator {
    private Validator() {
    }

    public static ValidationReport validate(List<Rule> rules, ReturnData data) {
        List<Failure> failures = new ArrayList<>();
        List<ValidationReport.Skipped> skipped = new ArrayList<>();
        List<ValidationReport.Timing> timings = new ArrayList<>();
        int run = 0;
        int internalErrors = 0;
        for (Outcome outcome : runAll(rules, data)) {
            RuleDefinition def = outcome.rule().definition();
            timings.add(new ValidationReport.Timing(def.code() + " (" + def.ruleset() + ")", outcome.nanos()));
            if (outcome.failure() != null) {
                internalErrors++;
                skipped.add(new ValidationReport.Skipped(def.code(), "internal error: " + outcome.failure(), List.of()));
                continue;
            }
            RuleResult result = outcome.result();
            if (result.skipped()) {
                skipped.add(new ValidationReport.Skipped(def.code(), result.skippedBecause(), List.of()));
                continue;
            }
            if (result.passed() && !outcome.absentColumns().isEmpty()) {
                // It looked for a column the input does not have and found nothing: it did not really run.
                List<String> columns = List.copyOf(outcome.absentColumns());
                skipped.add(new ValidationReport.Skipped(def.code(), "needs column " + String.join(", ", columns)
                        + ", absent from the input", columns));
                continue;
            }
            run++;
            List<Issue> issues = new ArrayList<>(result.issues());
            if (result.returnLevelFailure() && issues.stream().noneMatch(Issue::returnLevel)) {
                issues.add(0, Issue.row(null, -1));
            }
            String fields = String.join(",", def.fields());
            for (Issue issue : issues) {
                failures.add(failure(def, fields, issue, data));
            }
        }
        return new ValidationReport(failures, run, skipped, internalErrors, timings);
    }

    /** What one rule gave: its result, or the exception it broke with; and how long it took. */
    private record Outcome(Rule rule, RuleResult result, Throwable failure, long nanos, java.util.Set<String> absentColumns) {
    }

    private static List<Outcome> runAll(List<Rule> rules, ReturnData data) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), rules.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "returns-rule");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> pending = new ArrayList<>();
            for (Rule rule : rules) {
                pending.add(pool.submit(() -> runOne(rule, data)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : pending) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory above all: the command reports it as such, not as a finding
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome runOne(Rule rule, ReturnData data) {
        long started = System.nanoTime();
        AbsentColumns.start();
        try {
            RuleResult result = rule.validate(data);
            return new Outcome(rule, result, null, System.nanoTime() - started, AbsentColumns.stop());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(rule, null, e, System.nanoTime() - started, AbsentColumns.stop());
        } finally {
            AbsentColumns.stop();
        }
    }

    private static Failure failure(RuleDefinition def, String fields, Issue issue, ReturnData data) {
        boolean whole = issue.returnLevel();
        return new Failure(def.code(), def.message(), def.type(), issue.table(), whole ? null : issue.row(),
                whole ? null : child(data, issue), issue.column() != null ? issue.column() : fields);
    }

    private static String child(ReturnData data, Issue issue) {
        Table t = data.table(issue.table()).orElse(null);
        if (t == null || issue.row() >= t.size()) {
            return null;
        }
        String child = t.get(issue.row(), "CHILD");
        return child != null ? child : t.get(issue.row(), "LAchildID");
    }
}
