package org.kindred.care;

import java.util.Optional;

/**
 * Category of need when the child came into care: SSDA903 {@code CIN} (DfE, SSDA903 guidance; codes as in
 * SSDA903_schema_2024.yml).
 */
public enum CategoryOfNeed implements Coded {
    N1("N1", "Abuse or neglect"),
    N2("N2", "Child's disability"),
    N3("N3", "Parental illness or disability"),
    N4("N4", "Family in acute stress"),
    N5("N5", "Family dysfunction"),
    N6("N6", "Socially unacceptable behaviour"),
    N7("N7", "Low income"),
    N8("N8", "Absent parenting");
    private final String code;
    private final String label;

    CategoryOfNeed(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() { return code; }

    @Override
    public String label() { return label; }

    public static Optional<CategoryOfNeed> fromCode(String code) {
        return Coded.fromCode(CategoryOfNeed.class, code);
    }
}
