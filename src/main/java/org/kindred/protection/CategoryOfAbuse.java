package org.kindred.protection;

import java.util.Optional;
import org.kindred.shared.Codes;

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
        return Codes.byName(CategoryOfAbuse.class, text)
                .or(() -> Codes.byCode(CategoryOfAbuse.class, text, CategoryOfAbuse::code));
    }
}
