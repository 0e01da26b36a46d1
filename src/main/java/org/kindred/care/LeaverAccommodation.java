package org.kindred.care;

/**
 * OC3 ACCOM: the care leaver's accommodation, the letter for the kind and 1 when it is suitable, 2 when not
 * (SSDA903 guidance; codes as in SSDA903_schema_2024.yml; labels worth a check).
 */
public enum LeaverAccommodation implements Coded {
    B1("With parents or relatives: suitable"),
    B2("With parents or relatives: not suitable"),
    C1("Community home or other residential care: suitable"),
    C2("Community home or other residential care: not suitable"),
    D1("Semi-independent or transitional accommodation: suitable"),
    D2("Semi-independent or transitional accommodation: not suitable"),
    E1("Supported lodgings: suitable"),
    E2("Supported lodgings: not suitable"),
    G1("Gone abroad: suitable"),
    G2("Gone abroad: not suitable"),
    H1("Deported: suitable"),
    H2("Deported: not suitable"),
    K1("Ordinary lodgings without formal support: suitable"),
    K2("Ordinary lodgings without formal support: not suitable"),
    R1("Residence not known: suitable"),
    R2("Residence not known: not suitable"),
    S1("No fixed abode or homeless: suitable"),
    S2("No fixed abode or homeless: not suitable"),
    T1("Foyer or similar supported accommodation: suitable"),
    T2("Foyer or similar supported accommodation: not suitable"),
    U1("Independent living: suitable"),
    U2("Independent living: not suitable"),
    V1("Emergency accommodation: suitable"),
    V2("Emergency accommodation: not suitable"),
    W1("Bed and breakfast: suitable"),
    W2("Bed and breakfast: not suitable"),
    X1("In custody: suitable"),
    X2("In custody: not suitable"),
    Y1("Other accommodation: suitable"),
    Y2("Other accommodation: not suitable"),
    Z1("With former foster carers: suitable"),
    Z2("With former foster carers: not suitable"),
    NONE("Not known (not in touch, refused, died or returned home)");
    private final String label;

    LeaverAccommodation(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    /** "Not known" is coded 0, which is no Java name. */
    @Override
    public String code() { return this == NONE ? "0" : name(); }
}
