package org.kindred.returns.ssda903.rules.kit;

import java.util.Map;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** The loop of the rules that hold a row against the child's rows in last year's return of the same table. */
public final class LastYear {
    /** A rule's test of a row against one of the child's rows last year. */
    public interface Test {
        boolean fails(Table now, int row, Table last, int lastRow);
    }

    private LastYear() {
    }

    /** The rows of {@code table} failing {@code test} against a row of the same CHILD in {@code table}_last. */
    public static RuleResult flag(ReturnData data, String table, Test test) {
        if (!data.has(table + "_last")) {
            return RuleResult.skipped("needs " + table + " and " + table + "_last");
        }
        Table now = data.table(table).orElseThrow();
        Table last = data.table(table + "_last").orElseThrow();
        RuleResult result = new RuleResult();
        for (int row = 0; row < now.size(); row++) {
            for (int l : last.rowsWhere("CHILD", now.get(row, "CHILD"))) {
                if (test.fails(now, row, last, l)) {
                    result.flagRow(table, row);
                }
            }
        }
        return result;
    }

    /**
     * Each child's first episode this year (earliest DECOM) that fails {@code test} against the child's latest
     * episode last year (latest DECOM); children without one last year are passed over.
     */
    public static RuleResult flagFirstEpisodes(ReturnData data, Test test) {
        if (!data.has("Episodes_last")) {
            return RuleResult.skipped("needs Episodes and Episodes_last");
        }
        Table episodes = data.table("Episodes").orElseThrow();
        Table last = data.table("Episodes_last").orElseThrow();
        Map<String, Integer> latest = Part3Support.latestPerChild(last, "DECOM");
        RuleResult result = new RuleResult();
        for (var first : Part3Support.earliestPerChild(episodes, "DECOM").entrySet()) {
            Integer l = latest.get(first.getKey());
            if (l != null && test.fails(episodes, first.getValue(), last, l)) {
                result.flagRow("Episodes", first.getValue());
            }
        }
        return result;
    }
}
