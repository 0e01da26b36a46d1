package org.kindred.care;

import java.util.Optional;
import org.kindred.shared.Codes;

/** An SSDA903 code list entry: the code the return carries and the label a worker reads. */
public interface Coded {
    /** The code: the constant's own name, unless the list's code is no Java name. */
    default String code() { return name(); }

    String name();

    String label();

    /** The entry for a code (any case, surrounding spaces ignored). */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        return Codes.byCode(type, code, Coded::code);
    }
}
