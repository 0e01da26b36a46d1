package org.kindred.protection;

import java.util.Optional;
import org.kindred.shared.Codes;

/** How a family group conference referral ended. */
public enum FgcOutcome {
    PLAN_AGREED("Family plan agreed"),
    NO_PLAN_AGREED("No family plan agreed"),
    FAMILY_DECLINED("Family declined"),
    WITHDRAWN("Referral withdrawn");

    private final String label;

    FgcOutcome(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<FgcOutcome> fromName(String name) {
        return Codes.byName(FgcOutcome.class, name);
    }
}
