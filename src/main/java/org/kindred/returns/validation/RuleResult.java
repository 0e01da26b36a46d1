package org.kindred.returns.validation;

import java.util.LinkedHashSet;
import java.util.Set;

/** What one rule found in one return: the places it flags, whether the whole return fails, or that it skipped. */
public final class RuleResult {
    private final Set<Issue> issues = new LinkedHashSet<>();
    private boolean returnLevelFailure;
    private String skippedBecause;

    public static RuleResult skipped(String reason) {
        RuleResult r = new RuleResult();
        r.skippedBecause = reason;
        return r;
    }

    public RuleResult flag(Issue issue) {
        issues.add(issue);
        return this;
    }

    public RuleResult flagRow(String table, int row) { return flag(Issue.row(table, row)); }

    public RuleResult flagCell(String table, int row, String column) { return flag(Issue.cell(table, row, column)); }

    public RuleResult failReturn() {
        returnLevelFailure = true;
        return this;
    }

    public Set<Issue> issues() { return issues; }

    public boolean returnLevelFailure() { return returnLevelFailure; }

    public boolean skipped() { return skippedBecause != null; }

    public String skippedBecause() { return skippedBecause; }

    public boolean passed() { return issues.isEmpty() && !returnLevelFailure; }
}
