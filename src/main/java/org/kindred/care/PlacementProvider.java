package org.kindred.care;

import java.util.Optional;

/**
 * Placement provider: SSDA903 {@code PLACE_PROVIDER} (DfE, SSDA903 guidance; codes as in SSDA903_schema_2024.yml).
 */
public enum PlacementProvider implements Coded {
    PR0("PR0", "Parent(s) or other person(s) with parental responsibility"),
    PR1("PR1", "Own provision (by the local authority)"),
    PR2("PR2", "Other local authority provision"),
    PR3("PR3", "Other public provision (for example a health trust)"),
    PR4("PR4", "Private provision"),
    PR5("PR5", "Voluntary or third sector provision");
    private final String code;
    private final String label;

    PlacementProvider(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() { return code; }

    @Override
    public String label() { return label; }

    public static Optional<PlacementProvider> fromCode(String code) {
        return Coded.fromCode(PlacementProvider.class, code);
    }
}
