package org.kindred.returns.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reading cells the way the DfE's tools do: blank and missing are the same, dates come as
 * dd/mm/yyyy (SSDA903 files) or yyyy-mm-dd (CIN XML), and an unparseable date reads as missing.
 */
public final class Cells {
    // d/M so that "31/3/2000" reads as the DfE tools read it; STRICT so that 31/02 is no date.
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Cells() {
    }

    public static boolean blank(String cell) { return cell == null || cell.isBlank(); }

    public static boolean present(String cell) { return !blank(cell); }

    /**
     * Cells already read as dates, by their text (NOT_A_DATE when they are none). Every rule reads the same date
     * cells again, and a return holds a few thousand distinct dates at most: a look-up (the cell's String keeps its
     * hash, and the key is usually the very same String) is cheaper than reading the date again, and allocates nothing.
     * Bounded, for text that is no date at all: past the bound cells are simply read each time.
     */
    private static final Map<String, Object> READ = new ConcurrentHashMap<>();
    private static final int READ_BOUND = 100_000;
    private static final Object NOT_A_DATE = new Object();

    /** The date in the cell, or null when the cell is blank or not a real date. */
    public static LocalDate date(String cell) {
        if (cell == null) {
            return null;
        }
        Object known = READ.get(cell);
        if (known != null) {
            return known == NOT_A_DATE ? null : (LocalDate) known;
        }
        LocalDate date = read(cell);
        if (READ.size() < READ_BOUND) {
            READ.put(cell, date == null ? NOT_A_DATE : date);
        }
        return date;
    }

    private static LocalDate read(String cell) {
        if (blank(cell)) {
            return null;
        }
        String s = cell.trim();
        LocalDate quick = quickDate(s);
        if (quick != null) {
            return quick;
        }
        try {
            // Four-digit years only, as the DfE's tools read dates ("31/08/20020" is no date).
            if (s.indexOf('/') > 0 && s.length() - s.lastIndexOf('/') == 5) {
                return LocalDate.parse(s, UK);
            }
            if (s.length() == 10 && s.charAt(4) == '-') {
                return LocalDate.parse(s);
            }
            if (s.length() > 10 && s.charAt(4) == '-' && s.charAt(10) == 'T') {
                return LocalDateTime.parse(s).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /**
     * The common shapes d/m/yyyy, dd/mm/yyyy and yyyy-mm-dd read without a formatter (the rules read dates millions
     * of times in a national return); null when the text has another shape or is no real date, and then
     * {@link #date} tries the formatters, which decide.
     */
    private static LocalDate quickDate(String s) {
        int n = s.length();
        if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            return ymd(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        }
        int first = s.indexOf('/');
        if (first < 1 || first > 2 || n - first < 7) {
            return null;
        }
        int second = s.indexOf('/', first + 1);
        if (second - first < 2 || second - first > 3 || n - second != 5) {
            return null;
        }
        return ymd(digits(s, second + 1, n), digits(s, first + 1, second), digits(s, 0, first));
    }

    /** The number written in ASCII digits at [from, to), or -1 when another character is there. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static LocalDate ymd(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** True when the cell is blank or holds a date that parses. */
    public static boolean validDateOrBlank(String cell) { return blank(cell) || date(cell) != null; }

    /** The cell's text without surrounding white space; null stays null. */
    public static String trim(String cell) { return cell == null ? null : cell.trim(); }

    /**
     * An integer written as "3", "3.0" (numbers that passed through a spreadsheet), or null when it is
     * not a whole number.
     */
    public static Integer integer(String cell) {
        if (blank(cell)) {
            return null;
        }
        String s = cell.trim();
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
