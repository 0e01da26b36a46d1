package org.kindred.person.matching;

import java.time.LocalDate;

/**
 * A date of birth as written, which need not be a real date: registers hold 31/02 and month 13,
 * and those are still evidence. A part is 0 when unknown. {@code estimated} marks a date
 * given as "about" (common for unaccompanied children).
 */
public record DateOfBirth(int year, int month, int day, boolean estimated) {

    public static DateOfBirth of(LocalDate date) {
        return new DateOfBirth(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false);
    }

    /** Parses yyyymmdd or yyyy-mm-dd leniently; null when there are not eight digits. */
    public static DateOfBirth parse(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.length() != 8) {
            return null;
        }
        return new DateOfBirth(Integer.parseInt(digits.substring(0, 4)),
                Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)), false);
    }

    public DateOfBirth asEstimated() {
        return new DateOfBirth(year, month, day, true);
    }

    /** yyyymmdd with zeros for unknown parts: the form used in index keys and edit distances. */
    public String compact() {
        return digits(year, month, day);
    }

    /** Key equal for a date and its day/month swap. */
    public String swapKey() {
        return digits(year, Math.min(day, month), Math.max(day, month));
    }

    /** yyyymmdd without String.format, which is slow enough to show in search profiles. */
    private static String digits(int y, int m, int d) {
        char[] c = new char[8];
        int v = Math.floorMod(y, 10000);
        for (int i = 3; i >= 0; i--, v /= 10) {
            c[i] = (char) ('0' + v % 10);
        }
        c[4] = (char) ('0' + Math.floorMod(m, 100) / 10);
        c[5] = (char) ('0' + Math.floorMod(m, 10));
        c[6] = (char) ('0' + Math.floorMod(d, 100) / 10);
        c[7] = (char) ('0' + Math.floorMod(d, 10));
        return new String(c);
    }

    public boolean isSwapOf(DateOfBirth other) {
        return year == other.year && month == other.day && day == other.month && month != day;
    }
}
