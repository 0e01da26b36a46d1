package org.kindred.protection;

import java.util.Arrays;
import java.util.Optional;

/** The category of abuse of a child protection plan, with its CIN census code ({@code categoryofabusetype}). */
public enum CategoryOfAbuse {
    NEGLECT("NEG", "Neglect"),
    PHYSICAL("PHY", "Physical abuse"),
    SEXUAL("SAB", "Sexual abuse"),
    EMOTIONAL("EMO", "Emotional abuse"),
    MULTIPLE("MUL", "Multiple");

    private final String code;
    private final String label;

    CategoryOfAbuse(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The CIN census code, such as "NEG". */
    public String code() { return code; }

    public String label() { return label; }

    /** By name ("NEGLECT") or CIN census code ("NEG"). */
    public static Optional<CategoryOfAbuse> from(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toUpperCase();
        return Arrays.stream(values()).filter(c -> c.name().equals(t) || c.code.equals(t)).findFirst();
    }
}
