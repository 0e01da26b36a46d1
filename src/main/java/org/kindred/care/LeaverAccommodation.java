package org.kindred.care;

import java.util.Optional;

/**
 * OC3 ACCOM: the care leaver's accommodation, the letter for the kind and 1 when it is suitable, 2 when not
 * (SSDA903 guidance; codes as in SSDA903_schema_2024.yml; labels worth a check).
 */
public enum LeaverAccommodation implements Coded {
    B1("B1", "With parents or relatives: suitable"),
    B2("B2", "With parents or relatives: not suitable"),
    C1("C1", "Community home or other residential care: suitable"),
    C2("C2", "Community home or other residential care: not suitable"),
    D1("D1", "Semi-independent or transitional accommodation: suitable"),
    D2("D2", "Semi-independent or transitional accommodation: not suitable"),
    E1("E1", "Supported lodgings: suitable"),
    E2("E2", "Supported lodgings: not suitable"),
    G1("G1", "Gone abroad: suitable"),
    G2("G2", "Gone abroad: not suitable"),
    H1("H1", "Deported: suitable"),
    H2("H2", "Deported: not suitable"),
    K1("K1", "Ordinary lodgings without formal support: suitable"),
    K2("K2", "Ordinary lodgings without formal support: not suitable"),
    R1("R1", "Residence not known: suitable"),
    R2("R2", "Residence not known: not suitable"),
    S1("S1", "No fixed abode or homeless: suitable"),
    S2("S2", "No fixed abode or homeless: not suitable"),
    T1("T1", "Foyer or similar supported accommodation: suitable"),
    T2("T2", "Foyer or similar supported accommodation: not suitable"),
    U1("U1", "Independent living: suitable"),
    U2("U2", "Independent living: not suitable"),
    V1("V1", "Emergency accommodation: suitable"),
    V2("V2", "Emergency accommodation: not suitable"),
    W1("W1", "Bed and breakfast: suitable"),
    W2("W2", "Bed and breakfast: not suitable"),
    X1("X1", "In custody: suitable"),
    X2("X2", "In custody: not suitable"),
    Y1("Y1", "Other accommodation: suitable"),
    Y2("Y2", "Other accommodation: not suitable"),
    Z1("Z1", "With former foster carers: suitable"),
    Z2("Z2", "With former foster carers: not suitable"),
    NONE("0", "Not known (not in touch, refused, died or returned home)");
    private final String code;
    private final String label;

    LeaverAccommodation(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() { return code; }

    @Override
    public String label() { return label; }

    public static Optional<LeaverAccommodation> fromCode(String code) {
        return Coded.fromCode(LeaverAccommodation.class, code);
    }
}
