package org.kindred.care;

/**
 * Placement provider: SSDA903 {@code PLACE_PROVIDER} (DfE, SSDA903 guidance; codes as in SSDA903_schema_2024.yml).
 */
public enum PlacementProvider implements Coded {
    PR0("Parent(s) or other person(s) with parental responsibility"),
    PR1("Own provision (by the local authority)"),
    PR2("Other local authority provision"),
    PR3("Other public provision (for example a health trust)"),
    PR4("Private provision"),
    PR5("Voluntary or third sector provision");
    private final String label;

    PlacementProvider(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
