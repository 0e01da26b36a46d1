package org.kindred.frontdoor;

import java.util.Optional;
import org.kindred.shared.Codes;

/** The child's primary need at referral: CIN census codes N1 to N9 ({@code primaryneedcodetype}, CIN_schema_2024.xsd). */
public enum PrimaryNeed {
    N1("Abuse or neglect"),
    N2("Child's disability"),
    N3("Parental disability or illness"),
    N4("Family in acute stress"),
    N5("Family dysfunction"),
    N6("Socially unacceptable behaviour"),
    N7("Low income"),
    N8("Absent parenting"),
    N9("Cases other than children in need");

    private final String label;

    PrimaryNeed(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<PrimaryNeed> fromCode(String code) {
        return Codes.byName(PrimaryNeed.class, code);
    }
}
