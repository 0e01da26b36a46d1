package org.kindred.care;

/**
 * Category of need when the child came into care: SSDA903 {@code CIN} (DfE, SSDA903 guidance; codes as in
 * SSDA903_schema_2024.yml).
 */
public enum CategoryOfNeed implements Coded {
    N1("Abuse or neglect"),
    N2("Child's disability"),
    N3("Parental illness or disability"),
    N4("Family in acute stress"),
    N5("Family dysfunction"),
    N6("Socially unacceptable behaviour"),
    N7("Low income"),
    N8("Absent parenting");
    private final String label;

    CategoryOfNeed(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
