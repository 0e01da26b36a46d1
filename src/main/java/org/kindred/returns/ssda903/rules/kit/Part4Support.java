package org.kindred.returns.ssda903.rules.kit;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kindred.returns.ssda903.rules.kit.Dates;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/**
 * Small shared helpers for the SSDA903 rules 602-SW17 (missing cells, the DfE date formats,
 * grouping rows by child and ordering episodes), so that each rule class stays short.
 */
public final class Part4Support {
    private Part4Support() {
    }

    /** A missing cell (absent column or no value); an empty string counts as a value, as upstream. */
    public static boolean na(String cell) { return cell == null; }

    public static boolean notNa(String cell) { return cell != null; }

    /**
     * The episodes' placement type column for the DoLO rules 709 and 710: PLACE, as in a return (K2, Z12 and Z13 are
     * PLACE codes from 2026/27). The reference reads a PLACEMENT column that no return has, and its tests name it so;
     * a table with PLACEMENT and no PLACE is read from that.
     */
    public static String placeColumn(Table episodes) {
        return episodes.hasColumn("PLACE") || !episodes.hasColumn("PLACEMENT") ? "PLACE" : "PLACEMENT";
    }

    public static Table table(ReturnData data, String name) { return data.table(name).orElse(null); }

    /** The rows of each child in table order; a missing CHILD is a key of its own, as in a pandas merge. */
    public static Map<String, List<Integer>> rowsByChild(Table t) {
        return t.shared("Part4.rowsByChild", () -> java.util.Collections.unmodifiableMap(groupRowsByChild(t)));
    }

    private static Map<String, List<Integer>> groupRowsByChild(Table t) {
        Map<String, List<Integer>> map = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            map.computeIfAbsent(t.get(r, "CHILD"), k -> new ArrayList<>()).add(r);
        }
        return map;
    }

    /** The rows of {@code t} with the given child, or none. */
    public static List<Integer> rowsOf(Map<String, List<Integer>> byChild, String child) {
        return byChild.getOrDefault(child, List.of());
    }

    /** Every CHILD value in the table (a missing CHILD included as null). */
    public static Set<String> children(Table t) {
        if (t == null) {
            return new HashSet<>();
        }
        return t.shared("Part4.children", () -> java.util.Collections.unmodifiableSet(childrenOf(t)));
    }

    private static Set<String> childrenOf(Table t) {
        Set<String> set = new HashSet<>();
        if (t != null) {
            for (int r = 0; r < t.size(); r++) {
                set.add(t.get(r, "CHILD"));
            }
        }
        return set;
    }

    public static boolean anyPresent(Table t, int row, String... columns) {
        for (String c : columns) {
            if (t.get(row, c) != null) {
                return true;
            }
        }
        return false;
    }

    public static boolean in(String cell, String... codes) {
        if (cell == null) {
            return false;
        }
        for (String c : codes) {
            if (c.equals(cell)) {
                return true;
            }
        }
        return false;
    }

    public static boolean same(String a, String b) { return Objects.equals(a, b); }

    /** Dates ordered earliest first with missing dates last. */
    public static final Comparator<LocalDate> DATE_ASC_NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    /** Dates ordered latest first with missing dates still last (pandas' descending sort). */
    public static final Comparator<LocalDate> DATE_DESC_NULLS_LAST = Comparator.nullsLast(Comparator.<LocalDate>reverseOrder());

    /** Strings ordered with missing values last. */
    public static final Comparator<String> TEXT_ASC_NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    public static final Comparator<String> TEXT_DESC_NULLS_LAST = Comparator.nullsLast(Comparator.<String>reverseOrder());

    /** The row numbers 0..n-1 of a table. */
    public static List<Integer> allRows(Table t) {
        List<Integer> rows = new ArrayList<>(t.size());
        for (int r = 0; r < t.size(); r++) {
            rows.add(r);
        }
        return rows;
    }

    /**
     * Parsed dates of one column, by row: read once per table and shared by every rule that asks (so never change
     * the array); all null when the column is absent.
     */
    public static LocalDate[] dates(Table t, String column) {
        LocalDate[] shared = t.dates(column, 1, Dates::date);
        return shared == null ? new LocalDate[t.size()] : shared;
    }

    /** The row of each child with the earliest (or latest) date, the first such row on ties; rows without a date are ignored. */
    public static Map<String, Integer> extremeRowByChild(Table t, LocalDate[] dates, List<Integer> rows, boolean latest) {
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int r : rows) {
            if (dates[r] == null) {
                continue;
            }
            String child = t.get(r, "CHILD");
            Integer cur = best.get(child);
            if (cur == null || (latest ? dates[r].isAfter(dates[cur]) : dates[r].isBefore(dates[cur]))) {
                best.put(child, r);
            }
        }
        return best;
    }
}
