package org.kindred.care;

import java.util.Arrays;
import java.util.Optional;

/** An SSDA903 code list entry: the code the return carries and the label a worker reads. */
public interface Coded {
    String code();

    String label();

    /** The entry for a code (any case, surrounding spaces ignored). */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) return Optional.empty();
        String c = code.trim().toUpperCase();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(c)).findFirst();
    }
}
