package org.kindred.earlyhelp;

import java.util.Optional;
import org.kindred.shared.Codes;

/** Where the lead professional works: early help is often led by a partner agency, not the local authority. */
public enum AgencyType {
    SCHOOL("School"),
    HEALTH_VISITOR("Health visitor"),
    SCHOOL_NURSE("School nurse"),
    GP("GP practice"),
    EARLY_HELP_TEAM("Local authority early help team"),
    HOUSING("Housing"),
    POLICE("Police"),
    VOLUNTARY("Voluntary sector"),
    OTHER("Other agency");

    private final String label;

    AgencyType(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<AgencyType> fromName(String name) {
        return Codes.byName(AgencyType.class, name);
    }
}
