package org.kindred.access;

/** What a user does in children's services; each page and endpoint names the roles it serves. */
public enum Role {
    FRONT_DOOR_WORKER("Front-door worker"),
    SOCIAL_WORKER("Social worker"),
    TEAM_MANAGER("Team manager"),
    CONFERENCE_CHAIR("Conference chair / IRO"),
    FOSTERING_OFFICER("Fostering officer"),
    PERFORMANCE_ANALYST("Performance analyst"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) { this.label = label; }

    public String label() { return label; }

    public String authority() { return "ROLE_" + name(); }
}
