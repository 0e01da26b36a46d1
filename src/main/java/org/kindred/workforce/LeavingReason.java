package org.kindred.workforce;

/** Why someone left (the census codes them; {@code returns} owns the codes). */
public enum LeavingReason {
    RESIGNATION("Resignation"), VOLUNTARY_REDUNDANCY("Voluntary redundancy"),
    COMPULSORY_REDUNDANCY("Compulsory redundancy"), DISMISSED("Dismissed"), RETIRED("Retired"),
    DECEASED("Deceased"), MOVED_WITHIN_AUTHORITY("Moved to another role in the authority"),
    END_OF_CONTRACT("End of contract or agency engagement"), OTHER("Other"), NOT_KNOWN("Not known");

    private final String label;

    LeavingReason(String label) { this.label = label; }

    public String label() { return label; }
}
