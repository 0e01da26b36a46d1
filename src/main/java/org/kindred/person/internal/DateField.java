package org.kindred.person.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kindred.shared.Problems;

/** An optional ISO date typed into a form: blank is null, nonsense is a field error. */
final class DateField {
    private DateField() {
    }

    static LocalDate parse(Problems p, String field, String text, String label, LocalDate today) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.isAfter(today)) {
                p.add(field, label + " must be today or in the past");
            }
            return date;
        } catch (DateTimeParseException e) {
            p.add(field, label + " must be a real date");
            return null;
        }
    }
}
