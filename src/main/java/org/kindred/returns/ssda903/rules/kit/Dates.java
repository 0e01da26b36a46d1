package org.kindred.returns.ssda903.rules.kit;

import java.time.LocalDate;
import org.kindred.returns.validation.Cells;
import org.kindred.returns.validation.Metadata;
import org.kindred.returns.validation.ReturnData;
import org.kindred.returns.validation.Table;

/**
 * The one place the SSDA903 rules read and compare dates. A table cell is read by the table ({@link #date(Table, int,
 * String)}, as the reader parsed the return); a bare cell as the DfE tools read it ({@link #date(String)}), or, for
 * the rules 101-203 that follow the reference tool's stricter reading, only when written with slashes
 * ({@link #dmy(String)}). Comparisons with a missing date are false, as upstream.
 */
public final class Dates {
    private Dates() {
    }

    /** The date in a table cell, or null when the table, the cell or the date is missing. */
    public static LocalDate date(Table t, int row, String column) {
        return t == null ? null : t.date(row, column);
    }

    /** The date in a dd/mm/yyyy cell (or an ISO date), or null when missing or not a real date. */
    public static LocalDate date(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.trim();
        if (s.indexOf('/') >= 0 && !ukDateShape(s)) {
            return null;
        }
        return Cells.date(s);
    }

    /** A date written with slashes (dd/mm/yyyy), or null when blank or not such a date. */
    public static LocalDate dmy(String cell) {
        return cell != null && cell.indexOf('/') > 0 ? Cells.date(cell) : null;
    }

    /** True when the cell holds something that is not a date written with slashes. */
    public static boolean badDate(String cell) {
        return cell != null && dmy(cell) == null;
    }

    /**
     * dd/mm/yyyy with one- or two-digit day and month and a four-digit year, as the DfE tools read dates: the
     * regular expression \d{1,2}/\d{1,2}/\d{4}, checked by hand because dates are read millions of times.
     */
    private static boolean ukDateShape(String s) {
        int first = s.indexOf('/');
        int second = s.indexOf('/', first + 1);
        return first >= 1 && first <= 2 && second - first >= 2 && second - first <= 3 && s.length() - second == 5
                && asciiDigits(s, 0, first) && asciiDigits(s, first + 1, second) && asciiDigits(s, second + 1, s.length());
    }

    private static boolean asciiDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A date in which parts may be unknown ("ZZ/05/2020", "ZZ/ZZ/ZZZZ"): unknown days and months are read as
     * the latest date they could be, an unknown year as 2000. Null when missing or not a date.
     */
    public static LocalDate partialDate(String cell) {
        if (cell == null) {
            return null;
        }
        String[] parts = cell.split("/", -1);
        if (parts.length != 3) {
            return null;
        }
        int offset = 0; // 0 none, 1 end of month, 2 end of year, 3 unusable
        for (int i = 0; i < 3; i++) {
            if (parts[i].equals("ZZ")) {
                parts[i] = "01";
                offset = i == 0 ? 1 : i == 1 ? 2 : 3;
            } else if (parts[i].equals("ZZZZ")) {
                parts[i] = "2000";
            }
        }
        LocalDate d = date(String.join("/", parts));
        if (d == null || offset == 3) {
            return d;
        }
        if (offset == 1) {
            return d.plusMonths(1).minusDays(1);
        }
        return offset == 2 ? d.plusYears(1).minusDays(1) : d;
    }

    public static LocalDate collectionStart(ReturnData data) {
        Metadata m = data.metadata();
        return m == null ? null : m.collectionStart();
    }

    public static LocalDate collectionEnd(ReturnData data) {
        Metadata m = data.metadata();
        return m == null ? null : m.collectionEnd();
    }

    /** a &lt; b, false when either is missing. */
    public static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    /** a &gt; b, false when either is missing. */
    public static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    /** a &lt;= b, false when either is missing. */
    public static boolean onOrBefore(LocalDate a, LocalDate b) {
        return a != null && b != null && !a.isAfter(b);
    }

    /** a &gt;= b, false when either is missing. */
    public static boolean onOrAfter(LocalDate a, LocalDate b) {
        return a != null && b != null && !a.isBefore(b);
    }

    /** a = b, false when either is missing. */
    public static boolean sameDate(LocalDate a, LocalDate b) {
        return a != null && a.equals(b);
    }

    /** The date {@code years} after {@code d}, or null. */
    public static LocalDate plusYears(LocalDate d, int years) {
        return d == null ? null : d.plusYears(years);
    }
}
