package org.kindred.fostering.web;

import java.time.LocalDate;
import java.util.Map;
import org.kindred.shared.DateInput;
import org.kindred.shared.InvalidInput;
import org.kindred.shared.Problems;

/** Reads the typed values of a page's form (held as field to text, kept as typed when there is an error). */
final class Forms {
    private Forms() {
    }

    /** A GOV.UK date input named {@code name}; null when blank; a field error when not a real date. */
    static LocalDate date(Map<String, String> form, String name) {
        Problems problems = new Problems();
        LocalDate date = DateInput.from(form, name).read(problems, name, "The date");
        problems.throwIfAny();
        return date;
    }

    static Integer integer(Map<String, String> form, String name) {
        String v = form.get(name);
        if (v == null || v.isBlank()) return null;
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "Enter a whole number");
        }
    }

    static Long id(Map<String, String> form, String name) {
        Integer i = integer(form, name);
        return i == null ? null : i.longValue();
    }

    static Boolean yes(Map<String, String> form, String name) {
        String v = form.get(name);
        if (v == null || v.isBlank()) return null;
        return "yes".equalsIgnoreCase(v) || "true".equalsIgnoreCase(v);
    }
}
