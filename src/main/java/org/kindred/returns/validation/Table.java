package org.kindred.returns.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One table of a return as the files carry it: named columns, rows of string cells. The rows must not change
 * once the table is made.
 * A missing cell (absent column, empty XML element, NaN upstream) reads as {@code null};
 * rules decide themselves whether blank text counts as missing.
 */
public final class Table {
    private final String name;
    private final List<String> columns;
    private final List<List<String>> rows;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    /** The cells column by column ([column][row]): rules read a few columns of every row, so this keeps them close. */
    private final String[][] byColumn;
    /** The column names, interned: the rules name columns with literals, so most look-ups are one == away. */
    private final String[] interned;
    /** Per column, the row positions of each value (null for missing cells), built on first use. */
    private final Map<String, Map<String, List<Integer>>> valueIndex = new ConcurrentHashMap<>();

    public Table(String name, List<String> columns, List<List<String>> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.interned = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            interned[i] = columns.get(i).intern();
            columnIndex.putIfAbsent(interned[i], i);
        }
        this.byColumn = new String[columns.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0, n = Math.min(cells.size(), byColumn.length); c < n; c++) {
                byColumn[c][r] = cells.get(c);
            }
        }
    }

    public String name() { return name; }

    public List<String> columns() { return columns; }

    public int size() { return rows.size(); }

    public boolean hasColumn(String column) { return columnIndex.containsKey(column); }

    /** The cell, or null when the column is absent or the cell is missing. */
    public String get(int row, String column) {
        int c = position(column);
        if (c < 0) {
            return null;
        }
        return byColumn[c][row];
    }

    /** The column's position (the first, if the name repeats), or -1 when the table has no such column. */
    private int position(String column) {
        for (int i = 0; i < interned.length; i++) {
            if (interned[i] == column) {
                return i;
            }
        }
        Integer c = columnIndex.get(column);
        return c == null ? -1 : c;
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
