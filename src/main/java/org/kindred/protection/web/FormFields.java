package org.kindred.protection.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The protection forms as typed: a map of field to text; dates come from the three GOV.UK date inputs. */
final class FormFields {
    private FormFields() {
    }

    /** An ISO date, null when all three inputs are blank, "invalid" (refused by the checks) when not a real date. */
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

    /** A new form with the date filled in (usually today). */
    static Map<String, String> withDate(String name, LocalDate date) {
        Map<String, String> form = new HashMap<>();
        form.put(name + "Day", Integer.toString(date.getDayOfMonth()));
        form.put(name + "Month", Integer.toString(date.getMonthValue()));
        form.put(name + "Year", Integer.toString(date.getYear()));
        return form;
    }

    static Long id(String text) {
        try {
            return blank(text) ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }
}
