package org.kindred.returns.validation;

import java.util.List;

/**
 * What validating one return found: every failure in rule order, the number of rules that ran, the rules that
 * skipped (with why; a rule that broke on the data is listed with a reason starting "internal error:"), and how
 * long each rule took (code and rule set, ns).
 */
public record ValidationReport(List<Failure> failures, int rulesRun, List<Skipped> skipped, int internalErrors,
                               List<Timing> timings) {

    /** A rule that did not run, and why; {@code columns} names the absent columns ({@code Table.COLUMN}) it needed. */
    public record Skipped(String rule, String reason, List<String> columns) {
    }

    /** How long one rule version took. */
    public record Timing(String rule, long nanos) {
    }

    public long errors() {
        return failures instanceof FailureList list ? list.errors() : failures.stream().filter(Failure::error).count();
    }

    public long queries() { return failures.size() - errors(); }

    /** True when no error-type rule failed and no rule broke: the return may be sent (queries explained). */
    public boolean clean() { return errors() == 0 && internalErrors == 0; }
}
