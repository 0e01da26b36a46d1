package org.kindred.returns.ssda903.rules.kit;

import static org.kindred.returns.ssda903.rules.kit.Dates.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.RuleResult;
import org.kindred.returns.validation.Table;

/**
 * Small helpers shared by the SSDA903 rules 399-601: reading cells the way the DfE's reference tool
 * compares them, ordering episodes per child, and finding first/last episodes and periods of care.
 */
public final class Part3Support {
    public static final Comparator<String> TEXT_NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    public static final Comparator<LocalDate> DATE_NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private Part3Support() {
    }

    public static Table table(ReturnData data, String name) {
        return data.table(name).orElseThrow();
    }

    /** A blank cell counts as missing, as an empty field does when the tool reads a file. */
    public static boolean na(String cell) {
        return Cells.blank(cell);
    }

    public static boolean present(String cell) {
        return !na(cell);
    }

    /** Equality as the tool compares two cells: a missing value equals nothing. */
    public static boolean same(String a, String b) {
        return present(a) && present(b) && a.equals(b);
    }

    /** Inequality as the tool compares two cells: a missing value differs from everything. */
    public static boolean differs(String a, String b) {
        return !same(a, b);
    }

    /** Equality of two cells read as text, where two missing values are alike. */
    public static boolean sameText(String a, String b) {
        if (na(a) || na(b)) {
            return na(a) && na(b);
        }
        return a.equals(b);
    }

    public static boolean in(String cell, Set<String> codes) {
        return cell != null && codes.contains(cell);
    }

    public static Double number(String cell) {
        if (na(cell)) {
            return null;
        }
        try {
            return Double.valueOf(cell.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Row positions ordered by CHILD then the given date columns, missing values last, ties in file order: sorted
     * once per table and columns, and shared by every rule that asks (never change the list).
     */
    public static List<Integer> sortedByChildThenDates(Table t, String... dateColumns) {
        return t.shared("sortedByChildThenDates:" + String.join(",", dateColumns),
                () -> java.util.Collections.unmodifiableList(sortByChildThenDates(t, dateColumns)));
    }

    private static List<Integer> sortByChildThenDates(Table t, String... dateColumns) {
        List<Integer> quick = sortByChildThenDate(t, dateColumns[0]);
        if (quick != null) {
            return dateColumns.length == 1 ? quick : thenByDates(t, quick, dateColumns);
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            rows.add(r);
        }
        // Each date is read once, not at every comparison.
        LocalDate[][] dates = new LocalDate[dateColumns.length][t.size()];
        for (int c = 0; c < dateColumns.length; c++) {
            for (int r = 0; r < t.size(); r++) {
                dates[c][r] = date(t, r, dateColumns[c]);
            }
        }
        Comparator<Integer> order = Comparator.comparing((Integer r) -> t.get(r, "CHILD"), TEXT_NULLS_LAST);
        for (int c = 0; c < dateColumns.length; c++) {
            LocalDate[] column = dates[c];
            order = order.thenComparing(r -> column[r], DATE_NULLS_LAST);
        }
        rows.sort(order);
        return rows;
    }

    /** Days from this date are packed into 17 bits (to 2208), the missing date after them all. */
    private static final long FIRST_DAY = LocalDate.of(1850, 1, 1).toEpochDay();
    private static final long NO_DAY = (1L << 17) - 1;

    /**
     * The same order for one date column, sorted as primitive keys (child's rank, day, row) rather than through
     * comparators over boxed rows: a national return's 300,000 episodes sort in a few tens of milliseconds. Null
     * when the table is too large for the packing or a date is outside 1850-2208 (the comparators then decide).
     */
    private static List<Integer> sortByChildThenDate(Table t, String dateColumn) {
        int n = t.size();
        if (n >= (1 << 24)) {
            return null;
        }
        int[] rank = childRanks(t);
        if (rank == null) {
            return null;
        }
        LocalDate[] dates = t.dates(dateColumn, 0, Cells::date);
        long[] keys = new long[n];
        for (int r = 0; r < n; r++) {
            long day = NO_DAY;
            if (dates != null && dates[r] != null) {
                day = dates[r].toEpochDay() - FIRST_DAY;
                if (day < 0 || day >= NO_DAY) {
                    return null;
                }
            }
            keys[r] = ((long) rank[r] << 41) | (day << 24) | r;
        }
        java.util.Arrays.sort(keys);
        Integer[] rows = new Integer[n];
        for (int i = 0; i < n; i++) {
            rows[i] = (int) (keys[i] & 0xFFFFFF);
        }
        return java.util.Arrays.asList(rows);
    }

    /**
     * Rows already in CHILD and first-date order, each run of the same child and first date put in the order of the
     * other dates (missing last; a stable sort keeps file order among ties): runs are short, so this is the full
     * comparison's order at the cost of the sort by one date.
     */
    private static List<Integer> thenByDates(Table t, List<Integer> rows, String... dateColumns) {
        LocalDate[] first = t.dates(dateColumns[0], 0, Cells::date);
        LocalDate[][] others = new LocalDate[dateColumns.length - 1][];
        for (int c = 1; c < dateColumns.length; c++) {
            others[c - 1] = t.dates(dateColumns[c], 0, Cells::date);
        }
        Comparator<Integer> order = null;
        for (LocalDate[] column : others) {
            Comparator<Integer> next = Comparator.comparing(r -> column == null ? null : column[r], DATE_NULLS_LAST);
            order = order == null ? next : order.thenComparing(next);
        }
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !sameChildAndDay(t, first, rows.get(start), rows.get(i))) {
                if (i - start > 1) {
                    rows.subList(start, i).sort(order);
                }
                start = i;
            }
        }
        return rows;
    }

    private static boolean sameChildAndDay(Table t, LocalDate[] day, int a, int b) {
        return java.util.Objects.equals(t.get(a, "CHILD"), t.get(b, "CHILD"))
                && (day == null || java.util.Objects.equals(day[a], day[b]));
    }

    /** Each row's CHILD as its rank in text order (missing last), shared; null when there are 2^22 children or more. */
    private static int[] childRanks(Table t) {
        return t.shared("Part3.childRanks", () -> {
            java.util.TreeSet<String> children = new java.util.TreeSet<>();
            for (int r = 0; r < t.size(); r++) {
                String c = t.get(r, "CHILD");
                if (c != null) {
                    children.add(c);
                }
            }
            if (children.size() >= (1 << 22) - 1) {
                return null;
            }
            Map<String, Integer> ranks = new HashMap<>(children.size() * 2);
            for (String c : children) {
                ranks.put(c, ranks.size());
            }
            int[] rank = new int[t.size()];
            for (int r = 0; r < t.size(); r++) {
                String c = t.get(r, "CHILD");
                rank[r] = c == null ? children.size() : ranks.get(c);
            }
            return rank;
        });
    }

    /** Rows of the table whose CHILD equals the given one (a missing CHILD matches a missing CHILD, as in a merge). */
    /** The rows, or a single missing row when there are none (a left merge keeps the left row). */
    public static List<Integer> orNone(List<Integer> rows) {
        if (rows.isEmpty()) {
            List<Integer> none = new ArrayList<>();
            none.add(null);
            return none;
        }
        return rows;
    }

    public static List<Integer> rowsOfChild(Table t, String child) {
        return t.rowsWhere("CHILD", child);
    }

    /** Rows grouped by CHILD, in file order, leaving out rows without a CHILD (as a group-by does); shared. */
    public static Map<String, List<Integer>> groupByChild(Table t) {
        return t.shared("Part3.groupByChild", () -> java.util.Collections.unmodifiableMap(groupRowsByChild(t)));
    }

    private static Map<String, List<Integer>> groupRowsByChild(Table t) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            String child = t.get(r, "CHILD");
            if (child != null) {
                groups.computeIfAbsent(child, k -> new ArrayList<>()).add(r);
            }
        }
        return groups;
    }

    /** Per child, the first row with the earliest date in the column; children with no valid date are left out. */
    public static Map<String, Integer> earliestPerChild(Table t, String column) {
        return t.shared("earliestPerChild:" + column, () -> java.util.Collections.unmodifiableMap(extremePerChild(t, column, true)));
    }

    /** Per child, the first row with the latest date in the column; children with no valid date are left out. */
    public static Map<String, Integer> latestPerChild(Table t, String column) {
        return t.shared("latestPerChild:" + column, () -> java.util.Collections.unmodifiableMap(extremePerChild(t, column, false)));
    }

    private static Map<String, Integer> extremePerChild(Table t, String column, boolean earliest) {
        Map<String, Integer> best = new LinkedHashMap<>();
        for (var e : groupByChild(t).entrySet()) {
            Integer bestRow = null;
            LocalDate bestDate = null;
            for (int r : e.getValue()) {
                LocalDate d = date(t, r, column);
                if (d != null && (bestDate == null || (earliest ? d.isBefore(bestDate) : d.isAfter(bestDate)))) {
                    bestDate = d;
                    bestRow = r;
                }
            }
            if (bestRow != null) {
                best.put(e.getKey(), bestRow);
            }
        }
        return best;
    }

    /**
     * The 503 family: where last year's final episode was left open, the first episode this year must carry the
     * same value in {@code field}. Values are compared as text (numbers by value); {@code exempt} (current,
     * previous) lists allowed changes.
     */
    public static RuleResult fieldDifferentFromPrevious(ReturnData data, String field, BiPredicate<String, String> exempt) {
        return LastYear.flagFirstEpisodes(data, (episodes, r, last, l) -> {
            if (date(last, l, "DEC") != null) {
                return false;
            }
            String now = episodes.get(r, field);
            String before = last.get(l, field);
            return !sameValue(now, before) && !exempt.test(now, before);
        });
    }

    /** Text equality where two missing values are alike and "10" equals "10.0". */
    public static boolean sameValue(String a, String b) {
        if (sameText(a, b)) {
            return true;
        }
        Double x = number(a);
        Double y = number(b);
        return x != null && x.equals(y);
    }

    /** One period of care: consecutive episodes of a child without a gap between them. */
    public record PeriodOfCare(String child, LocalDate start, LocalDate end) {
    }

    /**
     * The periods of care in the Episodes table, built as the reference tool does: episodes with a start date,
     * in CHILD and DECOM order; a new period starts with a new child or when an episode starts after the
     * previous one ended. The period's end is the DEC of its last episode (missing while it is open).
     */
    /** The periods of care of each child (key null for episodes without a CHILD), as {@link #periodsOfCare}. */
    public static Map<String, List<PeriodOfCare>> periodsOfCareByChild(Table episodes) {
        return episodes.shared("periodsOfCareByChild", () -> java.util.Collections.unmodifiableMap(groupPeriodsOfCare(episodes)));
    }

    private static Map<String, List<PeriodOfCare>> groupPeriodsOfCare(Table episodes) {
        Map<String, List<PeriodOfCare>> byChild = new HashMap<>();
        for (PeriodOfCare p : periodsOfCare(episodes)) {
            byChild.computeIfAbsent(p.child(), k -> new ArrayList<>()).add(p);
        }
        return byChild;
    }

    public static List<PeriodOfCare> periodsOfCare(Table episodes) {
        return episodes.shared("periodsOfCare", () -> java.util.Collections.unmodifiableList(findPeriodsOfCare(episodes)));
    }

    private static List<PeriodOfCare> findPeriodsOfCare(Table episodes) {
        List<Integer> order = new ArrayList<>();
        for (int r : sortedByChildThenDates(episodes, "DECOM")) {
            if (date(episodes, r, "DECOM") != null) {
                order.add(r);
            }
        }
        List<PeriodOfCare> periods = new ArrayList<>();
        String child = null;
        LocalDate start = null;
        LocalDate end = null;
        Integer previous = null;
        for (int r : order) {
            String c = episodes.get(r, "CHILD");
            LocalDate decom = date(episodes, r, "DECOM");
            boolean newPeriod = previous == null
                    || after(decom, date(episodes, previous, "DEC"))
                    || c == null || !c.equals(episodes.get(previous, "CHILD"));
            if (newPeriod) {
                if (previous != null) {
                    periods.add(new PeriodOfCare(child, start, end));
                }
                child = c;
                start = decom;
            } else if (child == null) {
                child = c;
            }
            end = date(episodes, r, "DEC");
            previous = r;
        }
        if (previous != null) {
            periods.add(new PeriodOfCare(child, start, end));
        }
        return periods;
    }

    /**
     * The children who were looked after continuously for the 12 months to the end of the collection:
     * in care at some point in the year, and no episode shows them entering or leaving care in the year
     * or on short-term respite (V3/V4).
     */
    public static Set<String> continuouslyLookedAfter(Table episodes, LocalDate start, LocalDate end) {
        return episodes.shared("Part3.continuouslyLookedAfter:" + start + ":" + end,
                () -> java.util.Collections.unmodifiableSet(findContinuouslyLookedAfter(episodes, start, end)));
    }

    private static Set<String> findContinuouslyLookedAfter(Table episodes, LocalDate start, LocalDate end) {
        Map<String, boolean[]> flags = new HashMap<>();
        for (int r = 0; r < episodes.size(); r++) {
            String child = episodes.get(r, "CHILD");
            if (child == null) {
                continue;
            }
            LocalDate decom = date(episodes, r, "DECOM");
            LocalDate dec = date(episodes, r, "DEC");
            boolean duringYear = onOrBefore(decom, end) && (onOrAfter(dec, start) || dec == null);
            boolean entersCare = "S".equals(episodes.get(r, "RNE")) && after(decom, start) && onOrBefore(decom, end);
            boolean leavesCare = !"X1".equals(episodes.get(r, "REC")) && onOrAfter(dec, start) && before(dec, end);
            boolean respite = in(episodes.get(r, "LS"), Set.of("V3", "V4")) && duringYear;
            boolean[] f = flags.computeIfAbsent(child, k -> new boolean[2]);
            f[0] |= duringYear;
            f[1] |= entersCare || leavesCare || respite;
        }
        Set<String> cla = new java.util.HashSet<>();
        flags.forEach((child, f) -> {
            if (f[0] && !f[1]) {
                cla.add(child);
            }
        });
        return cla;
    }
}
