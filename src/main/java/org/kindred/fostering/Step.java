package org.kindred.fostering;

/**
 * A step a fostering officer records on an enquiry, each after the one it needs ({@link #after}). The four Stage 1
 * checks may come in any order once the application is in; the Stage 1 decision needs all four.
 */
public enum Step {
    FIRST_RESPONSE("First response", null, Stage.FIRST_RESPONSE),
    INITIAL_VISIT("Initial visit", FIRST_RESPONSE, Stage.INITIAL_VISIT),
    APPLICATION("Application received", INITIAL_VISIT, Stage.APPLICATION),
    DBS_CHECK("Enhanced DBS check back", APPLICATION, Stage.STAGE_ONE),
    LA_CHECK("Local authority check back", APPLICATION, Stage.STAGE_ONE),
    HEALTH_CHECK("Health (medical) check back", APPLICATION, Stage.STAGE_ONE),
    REFERENCES("References received", APPLICATION, Stage.STAGE_ONE),
    STAGE_ONE_DECISION("Stage 1 decision: proceed to Stage 2", APPLICATION, Stage.STAGE_TWO),
    FORM_F("Form F assessment complete", STAGE_ONE_DECISION, Stage.FORM_F),
    PANEL("Fostering panel", FORM_F, Stage.PANEL),
    DECISION("Agency decision maker", PANEL, null),
    TEMPORARY_APPROVAL("Temporary approval (reg. 24)", null, null),
    WITHDRAW("Withdrawn", null, Stage.WITHDRAWN),
    REFUSE("Refused", null, Stage.REFUSED);

    private final String label;
    private final Step after;
    private final Stage reaches;

    Step(String label, Step after, Stage reaches) {
        this.label = label;
        this.after = after;
        this.reaches = reaches;
    }

    public String label() { return label; }

    /** The step that must be recorded first, or null. */
    public Step after() { return after; }

    /** The stage this step moves the enquiry to (null when it depends on the decision, or does not move it). */
    public Stage reaches() { return reaches; }
}
