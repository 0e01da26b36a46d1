package org.kindred.earlyhelp;

import java.util.Arrays;
import java.util.Optional;

/** Why an intervention ended; only COMPLETED counts as completion on the outcomes page. */
public enum EndReason {
    COMPLETED("Completed as planned"), DISENGAGED("Family disengaged"), MOVED("Family moved away"),
    ENTERED_CARE("Came into care or custody"), OTHER("Other");

    private final String label;

    EndReason(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<EndReason> fromName(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(name == null ? "" : name.trim())).findFirst();
    }
}
