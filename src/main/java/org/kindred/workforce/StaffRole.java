package org.kindred.workforce;

/** Role and level of a qualified social worker, as the service names them (the census groups them by OrgRole). */
public enum StaffRole {
    ASYE("Social worker in ASYE", true),
    SOCIAL_WORKER("Social worker", true),
    SENIOR_PRACTITIONER("Senior practitioner", true),
    ADVANCED_PRACTITIONER("Advanced practitioner", true),
    TEAM_MANAGER("Team manager", false),
    SERVICE_MANAGER("Service manager", false),
    SENIOR_MANAGER("Senior manager", false),
    QUALIFIED_WITHOUT_CASES("Qualified, without cases", false);

    private final String label;
    private final boolean caseHolder;

    StaffRole(String label, boolean caseHolder) {
        this.label = label;
        this.caseHolder = caseHolder;
    }

    public String label() { return label; }

    /** Holds cases: the base of the census's caseload measure. */
    public boolean caseHolder() { return caseHolder; }

    /** Team, service and senior managers: the seed's "86% of managers permanent". */
    public boolean manager() { return this == TEAM_MANAGER || this == SERVICE_MANAGER || this == SENIOR_MANAGER; }
}
