package org.kindred.earlyhelp;

import java.util.Optional;
import org.kindred.shared.Codes;

/** Why an intervention ended; only COMPLETED counts as completion on the outcomes page. */
public enum EndReason {
    COMPLETED("Completed as planned"), DISENGAGED("Family disengaged"), MOVED("Family moved away"),
    ENTERED_CARE("Came into care or custody"), OTHER("Other");

    private final String label;

    EndReason(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<EndReason> fromName(String name) {
        return Codes.byName(EndReason.class, name);
    }
}
