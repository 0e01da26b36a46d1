package org.kindred.fostering;

/** How far an enquiry has come, in the order of the funnel; WITHDRAWN and REFUSED end it. */
public enum Stage {
    ENQUIRY("Enquiry"), FIRST_RESPONSE("First response"), INITIAL_VISIT("Initial visit"), APPLICATION("Application"),
    STAGE_ONE("Stage 1 checks"), STAGE_TWO("Stage 2 assessment"), FORM_F("Form F complete"), PANEL("Panel"),
    APPROVED("Approved"), WITHDRAWN("Withdrawn"), REFUSED("Refused");

    private final String label;

    Stage(String label) { this.label = label; }

    public String label() { return label; }

    public boolean closed() { return this == APPROVED || this == WITHDRAWN || this == REFUSED; }
}
