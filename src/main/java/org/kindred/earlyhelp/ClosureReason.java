package org.kindred.earlyhelp;

import java.util.Optional;
import org.kindred.shared.Codes;

/** Why an early help episode closed. */
public enum ClosureReason {
    NEEDS_MET("Needs met, plan achieved"),
    STEPPED_UP("Stepped up to children's social care"),
    FAMILY_DECLINED("Family withdrew consent"),
    MOVED_AWAY("Family moved away"),
    OTHER_SERVICE("Needs met by a universal or other service");

    private final String label;

    ClosureReason(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<ClosureReason> fromName(String name) {
        return Codes.byName(ClosureReason.class, name);
    }
}
