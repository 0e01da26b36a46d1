package org.kindred.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Why Jackson could not read a request body, as a field name and a message a partner's developer can act on. */
final class UnreadableBody {
    record Problem(String field, String message) {
    }

    private UnreadableBody() {
    }

    static Problem explain(Throwable ex) {
        JacksonException jackson = null;
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                jackson = j;
                break;
            }
        }
        if (jackson == null) {
            return new Problem("body", "Send a JSON body");
        }
        String field = field(jackson);
        if (jackson instanceof UnrecognizedPropertyException u) {
            return new Problem(field, "Unknown field '" + u.getPropertyName() + "'");
        }
        if (jackson instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return new Problem(field, "Use one of: " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (jackson instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            return new Problem(field, f.getOriginalMessage());
        }
        if (jackson instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new Problem(field, "Must be " + expected(m.getTargetType()));
        }
        if (jackson instanceof StreamReadException r) {
            var at = r.getLocation();
            return new Problem("body", "The body is not valid JSON" + (at == null ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
        return new Problem(field, "Must be a valid value");
    }

    /** The JSON path of the field, like {@code child.dateOfBirth} or {@code items[2].kind}; "body" for the root. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type.isEnum()) return "text (a JSON string)";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "a number";
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) return "a list";
        if (type == java.time.LocalDate.class) return "a real date as text, like 2026-12-07";
        if (type.getName().startsWith("java.time")) return "a date or time as text";
        return "an object";
    }
}
