package org.kindred.earlyhelp;

/** Where a referral to an intervention stands: referred, then accepted (waiting) or declined, started, ended. */
public enum ReferralStatus {
    REFERRED("Referred"), WAITING("Accepted, waiting"), DECLINED("Declined"), STARTED("Started"), ENDED("Ended"),
    WITHDRAWN("Withdrawn while waiting");

    private final String label;

    ReferralStatus(String label) { this.label = label; }

    public String label() { return label; }
}
