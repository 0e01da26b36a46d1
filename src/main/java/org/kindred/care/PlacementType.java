package org.kindred.care;

/**
 * Placement type: SSDA903 {@code PLACE} (DfE, SSDA903 guidance 2024 to 2025; codes as in
 * SSDA903_schema_2024.yml). T0 to T4 are temporary placements (validation rules 226, 380, 383).
 */
public enum PlacementType implements Coded {
    A3("Placed for adoption with parental consent with current foster carer(s)"),
    A4("Placed for adoption with parental consent not with current foster carer(s)"),
    A5("Placed for adoption with placement order with current foster carer(s)"),
    A6("Placed for adoption with placement order not with current foster carer(s)"),
    H5("Supported accommodation (semi-independent living not subject to children's homes regulations)"),
    K1("Secure children's home"),
    K2("Children's home subject to children's homes regulations"),
    P1("Placed with own parent(s) or other person(s) with parental responsibility"),
    P2("Independent living, for example in a flat, lodgings, bedsit, bed and breakfast or with friends"),
    P3("Residential employment"),
    R1("Residential care home"),
    R2("NHS or health trust or other establishment providing medical or nursing care"),
    R3("Family centre or mother and baby unit"),
    R5("Young offender institution (YOI)"),
    S1("Residential school, except where dual-registered as a school and children's home"),
    T0("Temporary placement: all types of temporary move"),
    T1("Temporary period in hospital"),
    T2("Temporary absence of the child on holiday"),
    T3("Temporary accommodation whilst normal foster carer(s) on holiday"),
    T4("Temporary accommodation of seven days or less, for any reason not covered by T1 to T3"),
    U1("Foster placement with relative(s) or friend(s): long-term fostering"),
    U2("Foster placement with relative(s) or friend(s) who are approved adopters: fostering for adoption"),
    U3("Foster placement with relative(s) or friend(s): not long-term or fostering for adoption"),
    U4("Foster placement with other foster carer(s): long-term fostering"),
    U5("Foster placement with other foster carer(s) who are approved adopters: fostering for adoption"),
    U6("Foster placement with other foster carer(s): not long-term or fostering for adoption"),
    Z1("Other placement (listed on a schedule sent to DfE)");
    private final String label;

    PlacementType(String label) { this.label = label; }

    @Override
    public String label() { return label; }


    /** A temporary placement (T0 to T4): it cannot start a period of care and carries no reason for change. */
    public boolean temporary() { return name().startsWith("T"); }
}
