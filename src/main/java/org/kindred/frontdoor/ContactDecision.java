package org.kindred.frontdoor;

import java.util.Optional;
import org.kindred.shared.Codes;

/**
 * What the front door decides about a contact (Working Together to Safeguard Children 2023, chapter 2:
 * within one working day a decision on the type of response needed).
 */
public enum ContactDecision {
    NO_FURTHER_ACTION("No further action"),
    INFORMATION_AND_ADVICE("Information and advice"),
    EARLY_HELP("Early help"),
    REFERRAL("Referral to children's social care");

    private final String label;

    ContactDecision(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<ContactDecision> fromName(String name) {
        return Codes.byName(ContactDecision.class, name);
    }
}
