package org.kindred.person;

/** Sex as the CIN census and SSDA903 record it (1 male, 2 female; 0 not known, 9 not specified/indeterminate). */
public enum Sex {
    MALE("Male", "1"), FEMALE("Female", "2"), UNKNOWN("Not known", "0"), INDETERMINATE("Indeterminate", "9");

    private final String label;
    private final String returnCode;

    Sex(String label, String returnCode) {
        this.label = label;
        this.returnCode = returnCode;
    }

    public String label() { return label; }

    /** The code the DfE returns use. */
    public String returnCode() { return returnCode; }
}
