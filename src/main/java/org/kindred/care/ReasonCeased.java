package org.kindred.care;

/**
 * Reason an episode ceased: SSDA903 {@code REC} (DfE, SSDA903 guidance 2024 to 2025; codes as in
 * SSDA903_schema_2024.yml). X1 closes an episode followed the same day by another in the same period of care;
 * every other code ends the period of care.
 */
public enum ReasonCeased implements Coded {
    X1("Episode ceases, and new episode begins on same day, for any reason"),
    E11("Adopted: application for an adoption order unopposed"),
    E12("Adopted: consent dispensed with by the court"),
    E2("Died"),
    E3("Care taken over by another local authority in the UK"),
    E4A("Returned home to live with parent(s) or others with parental responsibility as part of the care plan"),
    E4B("Returned home to live with parent(s) or others with parental responsibility, not part of the care plan"),
    E13("Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility"),
    E41("Residence order or child arrangement order granted"),
    E45("Special guardianship order made to former foster carer(s) who are relatives or friends"),
    E46("Special guardianship order made to former foster carer(s) other than relatives or friends"),
    E47("Special guardianship order made to carer(s), not former foster carer(s), who are relatives or friends"),
    E48("Special guardianship order made to carer(s), not former foster carer(s), other than relatives or friends"),
    E5("Moved into independent living with formalised advice and support"),
    E6("Moved into independent living without formalised advice and support"),
    E7("Transferred to residential care funded by adult social care services"),
    E9("Sentenced to custody"),
    E14("Accommodation on remand ended"),
    E15("Age assessment determined child is aged 18 or over and E5, E6 and E7 do not apply"),
    E16("Child moved abroad"),
    E17("Aged 18 (or over) and remained with current carers (including staying put)"),
    E8("Period of care ended for any other reason");
    private final String label;

    ReasonCeased(String label) { this.label = label; }

    @Override
    public String label() { return label; }


    /** True for X1, the only reason that keeps the child looked after. */
    public boolean continuesCare() { return this == X1; }
}
