package org.kindred.protection.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.kindred.shared.DateInput;
import org.kindred.shared.Problems;

/**
 * A protection form's GOV.UK date inputs read once, at the edge, with the labels the checks use ("Date of the
 * conference must be a real date"); the command then runs with them, its field errors joining the dates' in one summary.
 */
final class FormDates {
    private final Map<String, String> form;
    private final Problems problems = new Problems();

    FormDates(Map<String, String> form) { this.form = form; }

    /** The date typed into the boxes of field {@code name}; null when blank or not a date (then with its message). */
    LocalDate read(String name, String label) { return DateInput.from(form, name).read(problems, name, label); }

    /** Runs the command; {@code optional} names the dates it accepts left out, see {@link Problems#alongside}. */
    <T> T then(Supplier<T> command, String... optional) { return problems.alongside(command, optional); }
}
