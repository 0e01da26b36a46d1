package org.kindred.care;

/** OC3 IN_TOUCH: whether the authority is in touch with the care leaver around their birthday (SSDA903 guidance). */
public enum LeaverInTouch implements Coded {
    YES("Yes, in touch"),
    NO("No, not in touch"),
    DIED("Young person has died"),
    REFU("Young person refuses contact"),
    NREQ("Young person no longer requires services"),
    RHOM("Returned home to parents for 6 months or more");
    private final String label;

    LeaverInTouch(String label) { this.label = label; }

    @Override
    public String label() { return label; }

    /** When activity and accommodation are not known they are coded 0 (rules 1010 and 1011 of the DfE validator). */
    public boolean activityKnown() { return this == YES; }
}
