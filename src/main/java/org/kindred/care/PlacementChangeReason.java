package org.kindred.care;

import java.util.Optional;

/**
 * Reason for placement change: SSDA903 {@code REASON_PLACE_CHANGE} (DfE, SSDA903 guidance; codes as in
 * SSDA903_schema_2024.yml). Recorded on the episode that ceased because the placement changed (validation
 * rules 225, 233), never for a temporary placement (rule 226).
 */
public enum PlacementChangeReason implements Coded {
    CARPL("CARPL", "Change to or implementation of care plan"),
    CLOSE("CLOSE", "Resignation or closure of provision"),
    ALLEG("ALLEG", "Allegation (section 47)"),
    STAND("STAND", "Standards of care concern"),
    APPRR("APPRR", "Approval removed"),
    CREQB("CREQB", "Carer(s) requested placement end due to child's behaviour"),
    CREQO("CREQO", "Carer(s) requested placement end other than due to child's behaviour"),
    CHILD("CHILD", "Child requested placement end"),
    LAREQ("LAREQ", "Responsible or area authority requested placement end"),
    PLACE("PLACE", "Change in the status of placement only"),
    CUSTOD("CUSTOD", "Custody arrangement"),
    OTHER("OTHER", "Other");
    private final String code;
    private final String label;

    PlacementChangeReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() { return code; }

    @Override
    public String label() { return label; }

    public static Optional<PlacementChangeReason> fromCode(String code) {
        return Coded.fromCode(PlacementChangeReason.class, code);
    }
}
