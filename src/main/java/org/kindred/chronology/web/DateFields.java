package org.kindred.chronology.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** The three GOV.UK date inputs of a form (a map of field to text) as one ISO date. */
final class DateFields {
    static final ZoneId UK = ZoneId.of("Europe/London");

    private DateFields() {
    }

    /** An ISO date, null when all three inputs are blank, "invalid" (refused by the check) when not a real date. */
    static String date(Map<String, String> form, String name) {
        String d = form.get(name + "Day");
        String m = form.get(name + "Month");
        String y = form.get(name + "Year");
        if (blank(d) && blank(m) && blank(y)) return null;
        try {
            return LocalDate.of(Integer.parseInt(y.trim()), Integer.parseInt(m.trim()), Integer.parseInt(d.trim()))
                    .toString();
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return "invalid";
        }
    }

    /** A new form with the date filled in with today. */
    static Map<String, String> today(LocalDate today) {
        Map<String, String> form = new HashMap<>();
        form.put("dateDay", Integer.toString(today.getDayOfMonth()));
        form.put("dateMonth", Integer.toString(today.getMonthValue()));
        form.put("dateYear", Integer.toString(today.getYear()));
        return form;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
