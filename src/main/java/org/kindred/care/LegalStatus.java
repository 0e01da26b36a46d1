package org.kindred.care;

/**
 * Legal status of a looked-after child: SSDA903 {@code LS} (DfE, SSDA903 guidance 2024 to 2025; codes as in
 * SSDA903_schema_2024.yml). Short-break codes V3 and V4 are excluded from care leaver and stability counts.
 */
public enum LegalStatus implements Coded {
    C1("Interim care order"),
    C2("Full care order"),
    D1("Freeing order granted"),
    E1("Placement order granted"),
    V2("Single period of accommodation under section 20 (Children Act 1989)"),
    V3("Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded"),
    V4("Accommodated under an agreed series of short-term breaks, when agreements are recorded"),
    L1("Under police protection and in local authority accommodation"),
    L2("Emergency protection order (EPO)"),
    L3("Under child assessment order and in local authority accommodation"),
    J1("Remanded to local authority accommodation or to youth detention accommodation"),
    J2("Placed in local authority accommodation under the Police and Criminal Evidence Act 1984"),
    J3("Sentenced to a youth rehabilitation order with residence or intensive fostering requirement");
    private final String label;

    LegalStatus(String label) { this.label = label; }

    @Override
    public String label() { return label; }


    /** Agreed series of short-term breaks (V3, V4): not a continuous period of care. */
    public boolean shortBreaks() { return this == V3 || this == V4; }
}
