package org.kindred.returns.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of a return as the files carry it: named columns, rows of string cells.
 * A missing cell (absent column, empty XML element, NaN upstream) reads as {@code null};
 * rules decide themselves whether blank text counts as missing.
 */
public final class Table {
    private final String name;
    private final List<String> columns;
    private final List<List<String>> rows;
    private final Map<String, Integer> columnIndex = new HashMap<>();

    public Table(String name, List<String> columns, List<List<String>> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.putIfAbsent(columns.get(i), i);
        }
    }

    public String name() { return name; }

    public List<String> columns() { return columns; }

    public int size() { return rows.size(); }

    public boolean hasColumn(String column) { return columnIndex.containsKey(column); }

    /** The cell, or null when the column is absent or the cell is missing. */
    public String get(int row, String column) {
        Integer c = columnIndex.get(column);
        if (c == null) {
            return null;
        }
        List<String> cells = rows.get(row);
        return c < cells.size() ? cells.get(c) : null;
    }

    public List<String> rawRow(int row) { return rows.get(row); }
}
