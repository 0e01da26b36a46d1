package org.kindred.casework;

/** What kind of contact or work a case note records. */
public enum NoteType {
    HOME_VISIT("Home visit"),
    OFFICE_VISIT("Office visit"),
    PHONE_CALL("Phone call"),
    DIRECT_WORK("Direct work"),
    SUPERVISION("Supervision"),
    MANAGEMENT_OVERSIGHT("Management oversight"),
    OTHER("Other");

    private final String label;

    NoteType(String label) { this.label = label; }

    public String label() { return label; }
}
