package org.kindred.returns.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
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
        List<FailureList.Block> blocks = new ArrayList<>();
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
                skipped.add(new ValidationReport.Skipped(def.code(), result.skippedBecause(),
                        namedAbsentColumns(def, result.skippedBecause(), data)));
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
            result.seal();
            boolean bareReturnLevel = result.returnLevelFailure() && !hasReturnLevelFlag(result);
            if (result.count() > 0 || bareReturnLevel) {
                blocks.add(new FailureList.Block(def, String.join(",", def.fields()), result, bareReturnLevel));
            }
        }
        return new ValidationReport(new FailureList(blocks, data), run, skipped, internalErrors, timings);
    }

    private static boolean hasReturnLevelFlag(RuleResult result) {
        for (int i = 0; i < result.count(); i++) {
            if (result.row(i) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The columns a rule's own reason for skipping names ("... (PL_DISTANCE) were not derived ..."): those of its
     * fields that appear in the reason and that its tables lack, as {@code Table.COLUMN}.
     */
    private static List<String> namedAbsentColumns(RuleDefinition def, String reason, ReturnData data) {
        List<String> columns = new ArrayList<>();
        for (String field : def.fields()) {
            if (!java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(field) + "\\b").matcher(reason).find()) {
                continue;
            }
            for (String table : def.tables()) {
                Table t = data.table(table).orElse(null);
                if (t != null && !t.hasColumn(field)) {
                    columns.add(table + "." + field);
                }
            }
        }
        return columns;
    }

    /** What one rule gave: its result, or the exception it broke with; and how long it took. */
    private record Outcome(Rule rule, RuleResult result, Throwable failure, long nanos, java.util.Set<String> absentColumns) {
    }

    private static List<Outcome> runAll(List<Rule> rules, ReturnData data) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), rules.size()));
        ExecutorService pool = DaemonPool.of("returns-rule", threads);
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
}
