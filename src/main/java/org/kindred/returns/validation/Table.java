package org.kindred.returns.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Per column, the row positions of each value (null for missing cells), built on first use. */
    private final Map<String, Map<String, List<Integer>>> valueIndex = new ConcurrentHashMap<>();

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

    /**
     * The positions, in file order, of the rows whose cell in {@code column} equals {@code value} ({@code null}
     * matches missing cells, and every row when the column is absent). The column is indexed once, on first use,
     * so that looking up one child's rows does not scan the table; the table's rows must not change afterwards.
     */
    public List<Integer> rowsWhere(String column, String value) {
        List<Integer> found = valueIndex.computeIfAbsent(column, this::index).get(value);
        return found == null ? List.of() : found;
    }

    private Map<String, List<Integer>> index(String column) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            index.computeIfAbsent(get(r, column), k -> new ArrayList<>()).add(r);
        }
        index.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return index;
    }
}
