package org.kindred.returns.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** What one rule found in one return: the places it flags, whether the whole return fails, or that it skipped. */
public final class RuleResult {
    /*
     * A national return gives millions of flags: each is kept as a row and two small numbers (its table and column
     * among the few this rule names), in the order flagged, with a set of packed keys to drop repeats; an Issue is
     * made only when someone asks for the set.
     */
    private String[] tables = new String[2];
    private int tableCount;
    private String[] columns = new String[2];
    private int columnCount;
    private int[] rows = new int[8];
    private short[] tableOf = new short[8];
    private short[] columnOf = new short[8];
    private int count;
    private long[] seen = new long[16];
    private boolean seenZero;
    private int seenCount;
    private boolean returnLevelFailure;
    private String skippedBecause;

    public static RuleResult skipped(String reason) {
        RuleResult r = new RuleResult();
        r.skippedBecause = reason;
        return r;
    }

    public RuleResult flag(Issue issue) {
        return add(issue.table(), issue.row(), issue.column());
    }

    public RuleResult flagRow(String table, int row) { return add(table, row, null); }

    public RuleResult flagCell(String table, int row, String column) { return add(table, row, column); }

    public RuleResult failReturn() {
        returnLevelFailure = true;
        return this;
    }

    /** The places flagged, in the order first flagged (a copy). */
    public Set<Issue> issues() {
        Set<Issue> issues = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            issues.add(new Issue(table(i), row(i), column(i)));
        }
        return Collections.unmodifiableSet(issues);
    }

    public boolean returnLevelFailure() { return returnLevelFailure; }

    public boolean skipped() { return skippedBecause != null; }

    public String skippedBecause() { return skippedBecause; }

    public boolean passed() { return count == 0 && !returnLevelFailure; }

    /** How many distinct places were flagged. */
    int count() { return count; }

    String table(int i) { return tables[tableOf[i]]; }

    int row(int i) { return rows[i]; }

    String column(int i) { return columns[columnOf[i]]; }

    /** Drops what was only needed while flagging; the flags stay. */
    void seal() {
        seen = null;
    }

    private RuleResult add(String table, int row, String column) {
        int t = id(table, true);
        int c = id(column, false);
        long key = ((long) t << 48) | ((long) c << 32) | (row & 0xffffffffL);
        if (!remember(key)) {
            return this;
        }
        if (count == rows.length) {
            int n = count * 2;
            rows = Arrays.copyOf(rows, n);
            tableOf = Arrays.copyOf(tableOf, n);
            columnOf = Arrays.copyOf(columnOf, n);
        }
        rows[count] = row;
        tableOf[count] = (short) t;
        columnOf[count] = (short) c;
        count++;
        return this;
    }

    /** The name's number among this result's tables or columns (null is a name too). */
    private int id(String name, boolean table) {
        String[] names = table ? tables : columns;
        int n = table ? tableCount : columnCount;
        for (int i = 0; i < n; i++) {
            if (names[i] == name || (name != null && name.equals(names[i]))) {
                return i;
            }
        }
        if (n == names.length) {
            names = Arrays.copyOf(names, n * 2);
        }
        names[n] = name;
        if (table) {
            tables = names;
            tableCount = n + 1;
        } else {
            columns = names;
            columnCount = n + 1;
        }
        return n;
    }

    /** Adds the key to the open-addressing set; false when it was there already. */
    private boolean remember(long key) {
        if (seen == null) {
            // Flagged again after it was sealed: rebuild the set from the flags kept.
            seen = new long[Integer.highestOneBit(Math.max(8, count * 2)) * 2];
            seenCount = 0;
            for (int i = 0; i < count; i++) {
                long k = ((long) tableOf[i] << 48) | ((long) columnOf[i] << 32) | (rows[i] & 0xffffffffL);
                if (k != 0) {
                    insert(k);
                }
            }
        }
        if (key == 0) {
            if (seenZero) {
                return false;
            }
            seenZero = true;
            return true;
        }
        if ((seenCount + 1) * 2 > seen.length) {
            long[] old = seen;
            seen = new long[old.length * 2];
            seenCount = 0;
            for (long k : old) {
                if (k != 0) {
                    insert(k);
                }
            }
        }
        return insert(key);
    }

    private boolean insert(long key) {
        int mask = seen.length - 1;
        int i = (int) (mix(key) & mask);
        while (seen[i] != 0) {
            if (seen[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        seen[i] = key;
        seenCount++;
        return true;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
