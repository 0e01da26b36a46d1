package org.kindred.care;

/**
 * Reason for placement change: SSDA903 {@code REASON_PLACE_CHANGE} (DfE, SSDA903 guidance; codes as in
 * SSDA903_schema_2024.yml). Recorded on the episode that ceased because the placement changed (validation
 * rules 225, 233), never for a temporary placement (rule 226).
 */
public enum PlacementChangeReason implements Coded {
    CARPL("Change to or implementation of care plan"),
    CLOSE("Resignation or closure of provision"),
    ALLEG("Allegation (section 47)"),
    STAND("Standards of care concern"),
    APPRR("Approval removed"),
    CREQB("Carer(s) requested placement end due to child's behaviour"),
    CREQO("Carer(s) requested placement end other than due to child's behaviour"),
    CHILD("Child requested placement end"),
    LAREQ("Responsible or area authority requested placement end"),
    PLACE("Change in the status of placement only"),
    CUSTOD("Custody arrangement"),
    OTHER("Other");
    private final String label;

    PlacementChangeReason(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
