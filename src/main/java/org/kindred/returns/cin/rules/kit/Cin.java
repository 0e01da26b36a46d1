package org.kindred.returns.cin.rules.kit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Small shared helpers for the CIN census rules: dates, the census period, grouping and joining rows. */
public final class Cin {
    private static final String NULL_KEY = "\u0000";

    private Cin() {
    }

    /** The table, which the caller has checked is present. */
    public static Table table(ReturnData data, String name) {
        return data.table(name).orElseThrow();
    }

    public static LocalDate date(Table t, int row, String column) {
        return t.date(row, column);
    }

    public static String get(Table t, int row, String column) {
        return t.get(row, column);
    }

    /**
     * Missing, as pandas' isna() after the reference tool's loading: a column whose name contains "date" is
     * parsed to dates first, so an unreadable date counts as missing there.
     */
    public static boolean isNa(Table t, int row, String column) {
        String v = t.get(row, column);
        if (v == null) {
            return true;
        }
        return column.toLowerCase(Locale.ROOT).contains("date") && Cells.date(v) == null;
    }

    /** Missing or empty text. */
    public static boolean blank(Table t, int row, String column) {
        return Cells.blank(t.get(row, column));
    }

    /** The collection end: the Header's ReferenceDate (first row), or null. */
    public static LocalDate referenceDate(ReturnData data) {
        Table h = data.table("Header").orElse(null);
        if (h == null || h.size() == 0) {
            return null;
        }
        return Cells.date(h.get(0, "ReferenceDate"));
    }

    /** The collection start: the day after the reference date a year earlier. */
    public static LocalDate collectionStart(LocalDate reference) {
        return reference == null ? null : reference.minusYears(1).plusDays(1);
    }

    /** A join key over the given columns; missing cells match each other, as in a pandas merge. */
    public static String key(Table t, int row, String... columns) {
        StringBuilder b = new StringBuilder();
        for (String c : columns) {
            String v = t.get(row, c);
            b.append(v == null ? NULL_KEY : v).append('\u0001');
        }
        return b.toString();
    }

    /** Row positions grouped by the key columns, in first-seen order. */
    public static Map<String, List<Integer>> groupBy(Table t, String... columns) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            groups.computeIfAbsent(key(t, r, columns), k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** A test on one pair of rows, one from each table. */
    public interface PairTest {
        boolean fails(int left, int right);
    }

    /**
     * Every pair of rows of the two tables that share the key columns (an inner join) and fail the test:
     * flags the left row at leftColumns and the right row at rightColumns.
     */
    public static void join(Table left, Table right, String[] keys, PairTest test, RuleResult result,
                     List<String> leftColumns, List<String> rightColumns) {
        Map<String, List<Integer>> rightRows = groupBy(right, keys);
        for (int l = 0; l < left.size(); l++) {
            List<Integer> matches = rightRows.get(key(left, l, keys));
            if (matches == null) {
                continue;
            }
            for (int r : matches) {
                if (test.fails(l, r)) {
                    for (String c : leftColumns) {
                        result.flagCell(left.name(), l, c);
                    }
                    for (String c : rightColumns) {
                        result.flagCell(right.name(), r, c);
                    }
                }
            }
        }
    }

    public static String[] keys(String... k) {
        return k;
    }

    public static List<String> cols(String... c) {
        return Arrays.asList(c);
    }

    public static void flag(RuleResult result, Table t, int row, String... columns) {
        for (String c : columns) {
            result.flagCell(t.name(), row, c);
        }
    }

    public static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    public static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    /** A yes/no flag read as upstream does: "true" or "1" is yes. */
    public static boolean yes(String cell) {
        return "true".equals(cell) || "1".equals(cell);
    }

    /**
     * The assessment factor codes in a cell: the reader joins an assessment's codes with ",", and older
     * one-factor-per-row data holds a single code. Empty for a missing cell.
     */
    public static List<String> factors(String cell) {
        List<String> codes = new ArrayList<>();
        if (cell == null) {
            return codes;
        }
        for (String part : cell.split(",", -1)) {
            String code = part.trim();
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** A date in any of the forms the cells use, also dd-mm-yyyy (some raw reference data); null otherwise. */
    public static LocalDate anyDate(String cell) {
        LocalDate d = Cells.date(cell);
        if (d != null || Cells.blank(cell)) {
            return d;
        }
        try {
            return LocalDate.parse(cell.trim(), DateTimeFormatter.ofPattern("d-M-uuuu")
                    .withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
