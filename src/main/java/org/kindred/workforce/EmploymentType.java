package org.kindred.workforce;

/** How a member of staff is engaged. The census counts agency workers apart from the authority's own staff. */
public enum EmploymentType {
    PERMANENT("Permanent"), AGENCY("Agency"), FIXED_TERM("Fixed term"), SECONDEE("Secondee");

    private final String label;

    EmploymentType(String label) { this.label = label; }

    public String label() { return label; }
}
