package org.kindred.returns.validation;

/**
 * One place a rule flags: a row (0-based position in the table) and, where the rule knows it, the column.
 * A return-level failure (a CIN "LA-level" rule) has row -1.
 */
public record Issue(String table, int row, String column) {
    public static Issue row(String table, int row) { return new Issue(table, row, null); }

    public static Issue cell(String table, int row, String column) { return new Issue(table, row, column); }

    public boolean returnLevel() { return row < 0; }
}
