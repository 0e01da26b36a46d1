package org.kindred.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors while a command is checked, then throws them together. */
public final class Problems {
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Problems add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public Problems require(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            add(field, message);
        }
        return this;
    }

    public boolean has(String field) { return errors.containsKey(field); }

    /**
     * Runs a command after a form's own reading (its GOV.UK date inputs), so that the user sees every field error at
     * once; for a field named by both, the form's message ("must be a real date") wins over the command's ("Enter
     * the date"). Only for commands that refuse what the form could not read (a required date given as null), so
     * nothing is changed when the form had problems.
     */
    public <T> T alongside(java.util.function.Supplier<T> command) {
        try {
            T result = command.get();
            throwIfAny();
            return result;
        } catch (InvalidInput e) {
            e.errors().forEach(this::add);
            throw new InvalidInput(errors);
        }
    }

    /**
     * As {@link #alongside(java.util.function.Supplier)}, but when the form could not read one of {@code optional}
     * (fields the command accepts left out, such as an optional date read as null), its problems are thrown before the
     * command runs, so that a mistyped optional field is never recorded as left blank.
     */
    public <T> T alongside(java.util.function.Supplier<T> command, String... optional) {
        for (String field : optional) {
            if (has(field)) throwIfAny();
        }
        return alongside(command);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
