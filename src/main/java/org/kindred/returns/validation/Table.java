package org.kindred.returns.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One table of a return as the files carry it: named columns, rows of string cells. The rows must not change
 * once the table is made.
 * A missing cell (absent column, empty XML element, NaN upstream) reads as {@code null};
 * rules decide themselves whether blank text counts as missing.
 */
public final class Table {
    private final String name;
    private final List<String> columns;
    private final int size;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    /** The cells column by column ([column][row]): rules read a few columns of every row, so this keeps them close. */
    private final String[][] byColumn;
    /** The column names, interned: the rules name columns with literals, so most look-ups are one == away. */
    private final String[] interned;
    /** Per column, the row positions of each value (null for missing cells), built on first use. */
    private final Map<String, Map<String, List<Integer>>> valueIndex = new ConcurrentHashMap<>();
    /**
     * Views of the table that many rules share (rows grouped by child, episodes in child and date order...), each
     * built once by the first rule that asks, while the others wait for it; see {@link #shared}.
     */
    private final Map<String, FutureTask<Object>> views = new ConcurrentHashMap<>();
    /** Per column and reader ({@link #DATE_READERS} of them), the column's cells read as dates, built on first use. */
    private final AtomicReferenceArray<java.time.LocalDate[]> dates;
    /** How many different ways of reading a date {@link #dates} keeps apart. */
    public static final int DATE_READERS = 4;

    public Table(String name, List<String> columns, List<List<String>> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.size = rows.size();
        this.dates = new AtomicReferenceArray<>(columns.size() * DATE_READERS);
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

    /**
     * A table from cells already kept by column ({@code byColumn[column][row]}, every column as long as the table;
     * taken as they are, not copied): what a reader that splits files column by column gives.
     */
    public static Table ofColumns(String name, List<String> columns, String[][] byColumn) {
        return new Table(name, columns, byColumn);
    }

    private Table(String name, List<String> columns, String[][] byColumn) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.size = byColumn.length == 0 ? 0 : byColumn[0].length;
        this.dates = new AtomicReferenceArray<>(columns.size() * DATE_READERS);
        this.interned = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            interned[i] = columns.get(i).intern();
            columnIndex.putIfAbsent(interned[i], i);
        }
        this.byColumn = byColumn;
    }

    /**
     * Makes equal cells of {@code column} the same String as in {@code pool} (adding those it lacks), before any rule
     * reads the table: the text is unchanged, but a child's id read from one table and looked up among another's
     * then compares by reference (the rules join the tables by child millions of times at national scale).
     */
    public void shareCells(String column, Map<String, String> pool) {
        int c = position(column);
        if (c < 0) {
            return;
        }
        String[] cells = byColumn[c];
        for (int r = 0; r < size; r++) {
            if (cells[r] != null) {
                String known = pool.putIfAbsent(cells[r], cells[r]);
                if (known != null) {
                    cells[r] = known;
                }
            }
        }
    }

    public String name() { return name; }

    public List<String> columns() { return columns; }

    public int size() { return size; }

    public boolean hasColumn(String column) { return columnIndex.containsKey(column); }

    /** The cell, or null when the column is absent or the cell is missing. */
    public String get(int row, String column) {
        int c = position(column);
        if (c < 0) {
            AbsentColumns.read(name, column);
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

    /** The row's cells in column order (a copy: the table keeps its cells by column). */
    public List<String> rawRow(int row) {
        List<String> cells = new ArrayList<>(byColumn.length);
        for (String[] column : byColumn) {
            cells.add(column[row]);
        }
        return cells;
    }

    /**
     * A view of this table shared by every rule that asks for it under the same key: computed once (by the first
     * caller; callers asking meanwhile wait), then kept as long as the table. The view must not change once made,
     * and a view may ask for others, never for itself.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> compute) {
        FutureTask<Object> task = views.get(key);
        if (task == null) {
            FutureTask<Object> mine = new FutureTask<>(compute::get);
            task = views.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        try {
            return (T) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a shared view of " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The rules' one reader of a date cell: {@link Cells#date} of the cell, read once per column and kept; null when
     * blank, unreadable or the column is absent.
     */
    public java.time.LocalDate date(int row, String column) {
        java.time.LocalDate[] d = dates(column, 0, Cells::date);
        return d == null ? null : d[row];
    }

    /**
     * The column's cells read as dates by {@code read}, by row, read once per table: rules read the same date cells
     * again and again. {@code reader} (0 to {@link #DATE_READERS} - 1) names the way of reading, so that rules
     * that read dates differently keep apart. Null when the table has no such column (noted as an absent read).
     * The array is shared: never change it.
     */
    public java.time.LocalDate[] dates(String column, int reader, Function<String, java.time.LocalDate> read) {
        int c = position(column);
        if (c < 0) {
            AbsentColumns.read(name, column);
            return null;
        }
        int slot = c * DATE_READERS + reader;
        java.time.LocalDate[] d = dates.get(slot);
        if (d == null) {
            d = new java.time.LocalDate[size];
            String[] cells = byColumn[c];
            for (int r = 0; r < size; r++) {
                d[r] = read.apply(cells[r]);
            }
            dates.compareAndSet(slot, null, d);
            d = dates.get(slot);
        }
        return d;
    }

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
        Map<String, List<Integer>> index = new HashMap<>(Math.max(16, size / 2));
        for (int r = 0; r < size; r++) {
            index.computeIfAbsent(get(r, column), k -> new ArrayList<>()).add(r);
        }
        index.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return index;
    }
}
