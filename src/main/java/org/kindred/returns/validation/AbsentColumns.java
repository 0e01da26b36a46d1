package org.kindred.returns.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a rule asked a table for that the table does not have, noted per thread while the {@link Validator}
 * runs one rule on it: a rule that reads an absent column and finds nothing has not really run, and is reported as
 * skipped, naming the column, instead of passing silently. Only the miss path of {@link Table#get} comes here.
 */
final class AbsentColumns {
    /** Pairs of table and column names; compared by reference first, as rules name columns with literals. */
    private static final ThreadLocal<List<String[]>> NOTED = new ThreadLocal<>();

    private AbsentColumns() {
    }

    /** Starts noting on this thread (for one rule). */
    static void start() { NOTED.set(new ArrayList<>()); }

    /** Stops noting on this thread and gives what was noted ({@code Table.COLUMN}), in the order first read. */
    static Set<String> stop() {
        List<String[]> noted = NOTED.get();
        NOTED.remove();
        Set<String> columns = new LinkedHashSet<>();
        if (noted != null) {
            noted.forEach(p -> columns.add(p[0] + "." + p[1]));
        }
        return columns;
    }

    static void read(String table, String column) {
        List<String[]> noted = NOTED.get();
        if (noted == null || noted.size() >= 16) {
            return;
        }
        for (String[] p : noted) {
            if (p[1] == column && p[0] == table) {
                return;
            }
        }
        noted.add(new String[] {table, column});
    }
}
