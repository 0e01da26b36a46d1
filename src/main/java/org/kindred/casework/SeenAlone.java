package org.kindred.casework;

/** Whether the child was seen alone: the question inspectors ask of every visit. */
public enum SeenAlone {
    YES("Yes, seen alone"),
    NO("Seen, but not alone"),
    NOT_SEEN("Child not seen");

    private final String label;

    SeenAlone(String label) { this.label = label; }

    public String label() { return label; }
}
