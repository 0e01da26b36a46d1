package org.kindred.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The GOV.UK date input of a form held as a map of field to text: three boxes named {@code name + "Day"},
 * {@code "Month"} and {@code "Year"}. The checks behind the forms read the result as an ISO date, so a date that does
 * not exist reaches them as {@link #INVALID} and gets its field error there.
 */
public final class DateInput {
    /** What {@link #iso} gives for boxes that do not make a real date. */
    public static final String INVALID = "invalid";

    private DateInput() {
    }

    /** An ISO date; null when all three boxes are blank, {@link #INVALID} when they are not a real date. */
    public static String iso(Map<String, String> form, String name) {
        String d = form.get(name + "Day");
        String m = form.get(name + "Month");
        String y = form.get(name + "Year");
        if (blank(d) && blank(m) && blank(y)) return null;
        try {
            return LocalDate.of(Integer.parseInt(y.trim()), Integer.parseInt(m.trim()), Integer.parseInt(d.trim()))
                    .toString();
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return INVALID;
        }
    }

    /** A new, changeable form with the date input filled in (usually with today). */
    public static Map<String, String> filled(String name, LocalDate date) {
        Map<String, String> form = new HashMap<>();
        form.put(name + "Day", Integer.toString(date.getDayOfMonth()));
        form.put(name + "Month", Integer.toString(date.getMonthValue()));
        form.put(name + "Year", Integer.toString(date.getYear()));
        return form;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
