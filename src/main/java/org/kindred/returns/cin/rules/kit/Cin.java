package org.kindred.returns.cin.rules.kit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/** Small shared helpers for the CIN census rules: dates, the census period, grouping and joining rows. */
public final class Cin {
    private static final String NULL_KEY = "\u0000";
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Cin() {
    }

    /** The table, which the caller has checked is present. */
    public static Table table(ReturnData data, String name) {
        return data.table(name).orElseThrow();
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
        return isDateColumn(column) && Cells.date(v) == null;
    }

    /** A column name containing "date" in any case, without making a lower-case copy of it per cell. */
    private static boolean isDateColumn(String column) {
        for (int i = 0; i + 4 <= column.length(); i++) {
            if (column.regionMatches(true, i, "date", 0, 4)) {
                return true;
            }
        }
        return false;
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

    /** The rule's result given the Header's reference date; nothing flagged when there is none. */
    public static RuleResult withReferenceDate(ReturnData data, Function<LocalDate, RuleResult> rule) {
        LocalDate reference = referenceDate(data);
        return reference == null ? new RuleResult() : rule.apply(reference);
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

    /** The key of a CIN episode: the child and its CINdetailsID. */
    public static final String[] EPISODE = {"LAchildID", "CINdetailsID"};

    /** The named table's row positions grouped by CIN episode ({@link #EPISODE}), in first-seen order. */
    public static Map<String, List<Integer>> byEpisode(ReturnData data, String name) {
        return groupBy(table(data, name), EPISODE);
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

    /** A test on a pair of rows, one of each table. */
    public interface JoinTest {
        boolean fails(Table left, int l, Table right, int r);
    }

    /**
     * Every pair of rows of the two named tables that share the key columns (an inner join) and fail the test:
     * flags the left row at leftColumns and the right row at rightColumns.
     */
    public static RuleResult join(ReturnData data, String leftName, String rightName, String[] keys, JoinTest test,
                                  List<String> leftColumns, List<String> rightColumns) {
        Table left = table(data, leftName);
        Table right = table(data, rightName);
        RuleResult result = new RuleResult();
        Map<String, List<Integer>> rightRows = groupBy(right, keys);
        for (int l = 0; l < left.size(); l++) {
            List<Integer> matches = rightRows.get(key(left, l, keys));
            if (matches == null) {
                continue;
            }
            for (int r : matches) {
                if (test.fails(left, l, right, r)) {
                    for (String c : leftColumns) {
                        result.flagCell(left.name(), l, c);
                    }
                    for (String c : rightColumns) {
                        result.flagCell(right.name(), r, c);
                    }
                }
            }
        }
        return result;
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

    /** A yes/no flag read as upstream reads a no: "false" or "0". */
    public static boolean no(String cell) {
        return "false".equals(cell) || "0".equals(cell);
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
            return LocalDate.parse(cell.trim(), DASHED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A test on one row of a table. */
    public interface RowTest {
        boolean fails(Table t, int row);
    }

    /** Every row of the named table that fails the test, flagged at the given columns. */
    public static RuleResult flagRows(ReturnData data, String name, RowTest test, String... columns) {
        Table t = table(data, name);
        RuleResult result = new RuleResult();
        for (int row = 0; row < t.size(); row++) {
            if (test.fails(t, row)) {
                flag(result, t, row, columns);
            }
        }
        return result;
    }

    /** A test on a group of rows of a table. */
    public interface GroupTest {
        boolean fails(Table t, List<Integer> rows);
    }

    /** Every row of each group (rows sharing the key columns, first seen first) that fails the test, at the column. */
    public static RuleResult flagGroups(Table t, String[] keys, GroupTest test, String column) {
        RuleResult result = new RuleResult();
        for (List<Integer> rows : groupBy(t, keys).values()) {
            if (test.fails(t, rows)) {
                for (int r : rows) {
                    result.flagCell(t.name(), r, column);
                }
            }
        }
        return result;
    }

    /** How many rows of the table fail the test. */
    public static int count(Table t, RowTest test) {
        int n = 0;
        for (int row = 0; row < t.size(); row++) {
            if (test.fails(t, row)) {
                n++;
            }
        }
        return n;
    }

    /** A result that fails the whole return when {@code fails}, else passes. */
    public static RuleResult failReturnIf(boolean fails) {
        RuleResult result = new RuleResult();
        return fails ? result.failReturn() : result;
    }

    /**
     * Within each group, every pair of different rows (a, b) where a starts on or after b (both starts known) and
     * {@code overlaps} holds: flags a's start, and b's start and end. The overlap checks of episodes, plans,
     * enquiries and assessments.
     */
    public static RuleResult laterStarts(Table t, Collection<List<Integer>> groups, String start, String end,
                                         PairTest overlaps) {
        RuleResult result = new RuleResult();
        for (List<Integer> group : groups) {
            for (int a : group) {
                LocalDate aStart = t.date(a, start);
                for (int b : group) {
                    LocalDate bStart = t.date(b, start);
                    if (a != b && aStart != null && bStart != null && !aStart.isBefore(bStart)
                            && overlaps.fails(a, b)) {
                        result.flagCell(t.name(), a, start);
                        flag(result, t, b, start, end);
                    }
                }
            }
        }
        return result;
    }
}
