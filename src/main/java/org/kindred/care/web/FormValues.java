package org.kindred.care.web;

import java.time.LocalDate;
import java.util.Map;
import org.kindred.shared.DateInput;
import org.kindred.shared.Problems;

/**
 * Reads a care page form (input name to text) into the types the care commands take. It only reads: blank is null,
 * and text that is not a number or a date is a field error; every rule about the values is the command's.
 */
final class FormValues {
    private final Map<String, String> form;
    private final Problems problems = new Problems();

    FormValues(Map<String, String> form) { this.form = form; }

    /** The text with spaces trimmed, or null when blank. */
    String text(String name) {
        String v = form.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    Integer number(String name, String label) {
        String v = text(name);
        if (v == null) return null;
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add(name, label + " must be a number");
            return null;
        }
    }

    /** Radios "yes" and "no"; null when neither is chosen. */
    Boolean yesNo(String name) {
        String v = text(name);
        return v == null ? null : "yes".equals(v);
    }

    /** The GOV.UK date input {@code name}Day/Month/Year; null when blank (the command says when it is needed). */
    LocalDate date(String name, String label) { return DateInput.from(form, name).read(problems, name, label); }

    /**
     * Runs the command with the input read from the form when all of it could be read; otherwise throws what could
     * not be read, so a mistyped optional field (read as null) is never recorded as left blank.
     */
    <T> void then(T input, java.util.function.Consumer<T> command) {
        problems.throwIfAny();
        command.accept(input);
    }
}
