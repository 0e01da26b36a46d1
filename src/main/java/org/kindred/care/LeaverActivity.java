package org.kindred.care;

import java.util.Optional;

/** OC3 ACTIV: the care leaver's main activity (SSDA903 guidance; codes as in SSDA903_schema_2024.yml; labels worth a check). */
public enum LeaverActivity implements Coded {
    F1("F1", "Full-time in higher education"),
    P1("P1", "Part-time in higher education"),
    F2("F2", "Full-time in education other than higher education"),
    P2("P2", "Part-time in education other than higher education"),
    F4("F4", "Full-time in employment"),
    P4("P4", "Part-time in employment"),
    F5("F5", "Full-time in training or an apprenticeship"),
    P5("P5", "Part-time in training or an apprenticeship"),
    G4("G4", "Not in education, employment or training: illness or disability"),
    G5("G5", "Not in education, employment or training: other reasons"),
    G6("G6", "Not in education, employment or training: pregnancy or parenting"),
    NONE("0", "Not known (not in touch, refused, died or returned home)");
    private final String code;
    private final String label;

    LeaverActivity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() { return code; }

    @Override
    public String label() { return label; }

    public static Optional<LeaverActivity> fromCode(String code) { return Coded.fromCode(LeaverActivity.class, code); }
}
