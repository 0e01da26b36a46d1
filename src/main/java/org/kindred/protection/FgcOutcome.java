package org.kindred.protection;

import java.util.Arrays;
import java.util.Optional;

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
        if (name == null) return Optional.empty();
        String n = name.trim().toUpperCase();
        return Arrays.stream(values()).filter(o -> o.name().equals(n)).findFirst();
    }
}
