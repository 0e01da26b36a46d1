package org.kindred.returns.ssda903.rules.kit;

import java.util.List;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * The loop of the rules that hold each row of one table against the same child's rows in another (or in last year's
 * return): the rule writes the test, the kit the join. The tests are methods of the rule, not lambdas (ADR 0017).
 */
public final class Join {
    /** Which rows a failing pair flags, in the order flagged (the report lists flags in that order). */
    public enum Flag { ROW, MATCH, ROW_AND_MATCH, MATCH_AND_ROW }

    /** A rule's test of a row against one row of the same child in the other table. */
    public interface Test {
        /** Whether the row is worth joining at all: read before its matches, as each rule always read it. */
        default boolean joins(ReturnData data, Table t, int row) {
            return true;
        }

        boolean fails(ReturnData data, Table t, int row, Table other, int match);
    }

    private Join() {
    }

    /** Each row of {@code table} against the rows of {@code other} whose CHILD is the same cell (missing matches missing). */
    public static RuleResult flag(ReturnData data, String table, String other, Flag flag, Test test) {
        return walk(data, table, other, flag, test, false);
    }

    /** The same join on CHILD as the reference tool's earlier rules make it: a blank CHILD counts as missing. */
    public static RuleResult flagBlankAsMissing(ReturnData data, String table, String other, Flag flag, Test test) {
        return walk(data, table, other, flag, test, true);
    }

    /**
     * Each row of {@code table} against the same child's rows in last year's, flagging the row; skipped without
     * last year's table. {@code blankAsMissing} as in {@link #flagBlankAsMissing}.
     */
    public static RuleResult againstLastYear(ReturnData data, String table, boolean blankAsMissing, Test test) {
        if (!data.has(table + "_last")) {
            return RuleResult.skipped("needs " + table + " and " + table + "_last");
        }
        return walk(data, table, table + "_last", Flag.ROW, test, blankAsMissing);
    }

    private static RuleResult walk(ReturnData data, String table, String other, Flag flag, Test test, boolean blankAsMissing) {
        Table t = data.table(table).orElseThrow();
        Table o = data.table(other).orElseThrow();
        var byChild = blankAsMissing ? Part2Support.rowsBy(o, "CHILD") : null;
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (!test.joins(data, t, row)) {
                continue;
            }
            List<Integer> matches = blankAsMissing ? Part2Support.matches(byChild, t, row) : o.rowsWhere("CHILD", t.get(row, "CHILD"));
            for (int m : matches) {
                if (test.fails(data, t, row, o, m)) {
                    flag(result, flag, table, row, other, m);
                }
            }
        }
        return result;
    }

    private static void flag(RuleResult result, Flag flag, String table, int row, String other, int match) {
        if (flag == Flag.MATCH_AND_ROW || flag == Flag.MATCH) {
            result.flagRow(other, match);
        }
        if (flag != Flag.MATCH) {
            result.flagRow(table, row);
        }
        if (flag == Flag.ROW_AND_MATCH) {
            result.flagRow(other, match);
        }
    }
}
