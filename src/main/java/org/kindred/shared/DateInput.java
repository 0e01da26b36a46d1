package org.kindred.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The GOV.UK date input as typed: three boxes named {@code name + "Day"}, {@code "Month"} and {@code "Year"} (the
 * page fragment is {@code fragments/forms :: date}). {@link #read} turns them into a {@link LocalDate} or adds the
 * GOV.UK Design System's message to the field: "Enter date of birth", "Date of birth must include a month",
 * "Date of birth must be a real date", "Year must include 4 numbers". Commands then carry the {@code LocalDate}.
 */
public record DateInput(String day, String month, String year) {
    /** The three boxes of field {@code name} from a form held as a map of input name to text. */
    public static DateInput from(Map<String, String> form, String name) {
        return new DateInput(form.get(name + "Day"), form.get(name + "Month"), form.get(name + "Year"));
    }

    /** The boxes as a date is shown in them (blank for no date). */
    public static DateInput of(LocalDate date) {
        if (date == null) return new DateInput(null, null, null);
        return new DateInput(Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear()));
    }

    /** A new, changeable form with the date input filled in (usually with today). */
    public static Map<String, String> filled(String name, LocalDate date) {
        Map<String, String> form = new HashMap<>();
        of(date).into(form, name);
        return form;
    }

    /** Puts the three boxes into a form map under field {@code name}. */
    public void into(Map<String, String> form, String name) {
        form.put(name + "Day", day);
        form.put(name + "Month", month);
        form.put(name + "Year", year);
    }

    public boolean isBlank() { return blank(day) && blank(month) && blank(year); }

    /**
     * The date, or null when all three boxes are blank (an optional date left out) or when they are not a date, in
     * which case the GOV.UK message for {@code label} (like "Date of birth") is added to {@code field}.
     */
    public LocalDate read(Problems problems, String field, String label) {
        if (isBlank()) return null;
        List<String> missing = new ArrayList<>();
        if (blank(day)) missing.add("day");
        if (blank(month)) missing.add("month");
        if (blank(year)) missing.add("year");
        if (!missing.isEmpty()) {
            problems.add(field, label + " must include a " + String.join(" and ", missing));
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            problems.add(field, "Year must include 4 numbers");
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(field, label + " must be a real date");
            return null;
        }
    }

    /** As {@link #read}, and "Enter date of birth" when the boxes are blank. */
    public LocalDate require(Problems problems, String field, String label) {
        if (isBlank()) {
            problems.add(field, "Enter " + lowerFirst(label));
            return null;
        }
        return read(problems, field, label);
    }

    /** An ISO date typed as text (a query parameter such as a report's period): null when blank, else a date or the message. */
    public static LocalDate iso(Problems problems, String field, String text, String label) {
        if (blank(text)) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, label + " must be a real date");
            return null;
        }
    }

    /** A 24-hour time like "14:30", "9:05" or "0905"; null when blank, else the time or "Enter a time in 24-hour format". */
    public static LocalTime time(Problems problems, String field, String text) {
        if (blank(text)) return null;
        String t = text.strip().replace('.', ':');
        if (t.matches("\\d{3,4}")) t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            problems.add(field, "Enter a time in 24-hour format, like 14:30");
            return null;
        }
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
