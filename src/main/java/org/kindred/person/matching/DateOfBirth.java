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
        return String.format("%04d%02d%02d", year, month, day);
    }

    /** Key equal for a date and its day/month swap. */
    public String swapKey() {
        return String.format("%04d%02d%02d", year, Math.min(day, month), Math.max(day, month));
    }

    public boolean isSwapOf(DateOfBirth other) {
        return year == other.year && month == other.day && day == other.month && month != day;
    }
}
