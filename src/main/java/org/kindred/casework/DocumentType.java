package org.kindred.casework;

/** What a document is, for listing a child's documents by type. */
public enum DocumentType {
    ASSESSMENT("Assessment"),
    PLAN("Plan"),
    REPORT("Report"),
    LETTER("Letter"),
    COURT("Court document"),
    MEDICAL("Health or medical"),
    PHOTO("Photograph"),
    OTHER("Other");

    private final String label;

    DocumentType(String label) { this.label = label; }

    public String label() { return label; }
}
