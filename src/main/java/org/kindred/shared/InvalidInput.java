package org.kindred.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bad input a user can fix: one message per field. Pages show it in the GOV.UK error summary,
 * the API returns it as problem+json; nothing is changed when it is thrown.
 */
public class InvalidInput extends RuntimeException {
    private final Map<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super("Invalid input: " + errors.keySet());
        this.errors = new LinkedHashMap<>(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    /** Field name to message, in the order the fields were checked. */
    public Map<String, String> errors() { return Collections.unmodifiableMap(errors); }
}
