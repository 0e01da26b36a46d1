package org.kindred.fostering;

/** The type of fostering a household is approved for (its terms of approval). */
public enum ApprovalType {
    MAINSTREAM("Mainstream"),
    CONNECTED_PERSON("Family and friends (connected person)"),
    SHORT_BREAKS("Short breaks"),
    PARENT_AND_CHILD("Parent and child"),
    EMERGENCY("Emergency");

    private final String label;

    ApprovalType(String label) { this.label = label; }

    public String label() { return label; }
}
