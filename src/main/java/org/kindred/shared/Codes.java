package org.kindred.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** A code list's entry read from what a form or a partner sent: any case, surrounding spaces ignored. */
public final class Codes {
    private Codes() {
    }

    /** The constant of this name ("given" finds {@code GIVEN}). */
    public static <E extends Enum<E>> Optional<E> byName(Class<E> type, String name) {
        return byCode(type, name, Enum::name);
    }

    /** The constant whose code, as {@code codeOf} gives it, this is (" 3a " finds the factor coded "3A"). */
    public static <E extends Enum<E>> Optional<E> byCode(Class<E> type, String code, Function<E, String> codeOf) {
        if (code == null) return Optional.empty();
        String c = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> codeOf.apply(e).equals(c)).findFirst();
    }
}
