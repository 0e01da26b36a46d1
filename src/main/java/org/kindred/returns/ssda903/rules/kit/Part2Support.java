package org.kindred.returns.ssda903.rules.kit;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/**
 * Small shared helpers for the SSDA903 rules 204-398: reading cells, joining tables on CHILD and
 * the collection period, written to behave like the reference validator's table joins.
 */
public final class Part2Support {
    /** Key used for a missing CHILD, so that missing matches missing as in the reference joins. */
    private static final String MISSING_KEY = "\u0000missing";

    private Part2Support() {
    }

    /** The named table, or null when the return does not carry it. */
    public static Table table(ReturnData data, String name) {
        return data.table(name).orElse(null);
    }

    public static String cell(Table t, int row, String column) {
        return t == null ? null : t.get(row, column);
    }

    public static boolean present(Table t, int row, String column) {
        return Cells.present(cell(t, row, column));
    }

    public static boolean blank(Table t, int row, String column) {
        return Cells.blank(cell(t, row, column));
    }

    /** True when any of the columns holds a value (not blank), read in the order given until one does. */
    public static boolean anyPresent(Table t, int row, List<String> columns) {
        for (String column : columns) {
            if (present(t, row, column)) {
                return true;
            }
        }
        return false;
    }

    /** True when the cell holds exactly one of the codes (a missing cell holds none). */
    public static boolean in(Table t, int row, String column, Set<String> codes) {
        String v = cell(t, row, column);
        return v != null && codes.contains(v);
    }

    /** The cell as text the way the reference tool compares cells as strings: missing reads as "nan". */
    public static String text(Table t, int row, String column) {
        String v = cell(t, row, column);
        return Cells.blank(v) ? "nan" : v;
    }

    /** The join key of a row: the cell, or a marker for a missing cell. */
    public static String key(Table t, int row, String column) {
        String v = cell(t, row, column);
        return Cells.blank(v) ? MISSING_KEY : v;
    }

    /** Row positions of the table grouped by the value of a column, in table order. */
    public static Map<String, List<Integer>> rowsBy(Table t, String column) {
        if (t == null) {
            return Collections.emptyMap();
        }
        return t.shared("Part2.rowsBy:" + column, () -> Collections.unmodifiableMap(groupRowsBy(t, column)));
    }

    private static Map<String, List<Integer>> groupRowsBy(Table t, String column) {
        Map<String, List<Integer>> map = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            map.computeIfAbsent(key(t, r, column), k -> new ArrayList<>()).add(r);
        }
        return map;
    }

    /** The rows of {@code byChild} for the CHILD of row {@code row} of {@code t}; empty when none. */
    public static List<Integer> matches(Map<String, List<Integer>> byChild, Table t, int row) {
        return byChild.getOrDefault(key(t, row, "CHILD"), Collections.emptyList());
    }

    public static Table providerInfo(ReturnData data) {
        Metadata m = data.metadata();
        return m == null ? null : m.providerInfo();
    }

    public static String fileFormat(ReturnData data) {
        Metadata m = data.metadata();
        return m == null ? null : m.fileFormat();
    }

    /**
     * The table's rows grouped by CHILD (a row without CHILD stands alone), each group in order of the
     * date column, missing dates last and ties in table order, as the reference tool sorts episodes.
     */
    public static List<List<Integer>> byChildInDateOrder(Table t, String dateColumn) {
        return t.shared("byChildInDateOrder:" + dateColumn, () -> Collections.unmodifiableList(groupByChildInDateOrder(t, dateColumn)));
    }

    private static List<List<Integer>> groupByChildInDateOrder(Table t, String dateColumn) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<List<Integer>> result = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            if (blank(t, r, "CHILD")) {
                result.add(List.of(r));
            } else {
                groups.computeIfAbsent(t.get(r, "CHILD"), k -> new ArrayList<>()).add(r);
            }
        }
        Comparator<LocalDate> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        for (List<Integer> g : groups.values()) {
            g.sort((a, b) -> nullsLast.compare(date(t, a, dateColumn), date(t, b, dateColumn)));
            result.add(g);
        }
        return result;
    }

}
