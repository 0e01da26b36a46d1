package org.kindred.person.internal;

import org.kindred.shared.DateInput;
import java.time.LocalDate;
import org.kindred.shared.Problems;

/** An optional ISO date typed into a form: blank is null, nonsense is a field error. */
final class DateField {
    private DateField() {
    }

    static LocalDate parse(Problems p, String field, String text, String label, LocalDate today) {
        LocalDate date = DateInput.iso(p, field, text, label);
        if (date != null && date.isAfter(today)) {
            p.add(field, label + " must be today or in the past");
        }
        return date;
    }
}
