package org.kindred.frontdoor;

import java.util.Optional;
import org.kindred.shared.Codes;

/**
 * Whether the family agreed to the contact being made and information being shared. Consent is not needed
 * where seeking it would place a child at risk of significant harm (Information sharing: advice for
 * practitioners, DfE 2024; Working Together 2023, chapter 2).
 */
public enum Consent {
    GIVEN("Consent given"),
    REFUSED("Consent refused"),
    NOT_SOUGHT_SAFEGUARDING("Not sought: seeking it would place the child at risk");

    private final String label;

    Consent(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<Consent> fromName(String name) {
        return Codes.byName(Consent.class, name);
    }
}
