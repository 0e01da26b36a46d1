package org.kindred.care;

/** OC3 ACTIV: the care leaver's main activity (SSDA903 guidance; codes as in SSDA903_schema_2024.yml; labels worth a check). */
public enum LeaverActivity implements Coded {
    F1("Full-time in higher education"),
    P1("Part-time in higher education"),
    F2("Full-time in education other than higher education"),
    P2("Part-time in education other than higher education"),
    F4("Full-time in employment"),
    P4("Part-time in employment"),
    F5("Full-time in training or an apprenticeship"),
    P5("Part-time in training or an apprenticeship"),
    G4("Not in education, employment or training: illness or disability"),
    G5("Not in education, employment or training: other reasons"),
    G6("Not in education, employment or training: pregnancy or parenting"),
    NONE("Not known (not in touch, refused, died or returned home)");
    private final String label;

    LeaverActivity(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    /** "Not known" is coded 0, which is no Java name. */
    @Override
    public String code() { return this == NONE ? "0" : name(); }
}
