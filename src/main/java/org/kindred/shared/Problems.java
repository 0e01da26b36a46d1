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

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
