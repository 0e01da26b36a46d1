package org.kindred.returns.validation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every rule owes whatever the input, for the robustness tests: it neither throws nor flags a place that is
 * not there. Each flagged table is one the return has, each flagged row lies inside it or inside another table the
 * rule declares (SW01STG1 reports, as upstream does, the Episodes row under SWEpisodes), and a skip gives its reason.
 */
public final class RuleInvariants {
    private RuleInvariants() {
    }

    public static RuleResult holdFor(Rule rule, ReturnData data) {
        String who = rule.definition().code() + " (" + rule.definition().ruleset() + ")";
        RuleResult result;
        try {
            result = rule.validate(data);
        } catch (RuntimeException e) {
            throw new AssertionError(who + " threw " + e, e);
        }
        if (result.skipped()) {
            assertThat(result.skippedBecause()).as(who + " skipped without a reason").isNotBlank();
            return result;
        }
        for (Issue issue : result.issues()) {
            if (issue.returnLevel()) {
                continue;
            }
            Table table = data.table(issue.table()).orElse(null);
            assertThat(table).as(who + " flagged table " + issue.table() + ", which the return lacks").isNotNull();
            int rows = table.size();
            for (String declared : rule.definition().tables()) {
                rows = Math.max(rows, data.table(declared).map(Table::size).orElse(0));
            }
            assertThat(issue.row()).as(who + " flagged a row outside " + issue.table()).isBetween(0, rows - 1);
            if (issue.column() != null) {
                assertThat(issue.column()).as(who + " flagged a blank column name").isNotBlank();
            }
        }
        return result;
    }
}
