package org.kindred.care;

import java.time.LocalDate;

/**
 * An event as a worker or partner system sends it; codes are the SSDA903 codes (legal status "V2", placement type
 * "U6", provider "PR1", category of need "N1", reason for placement change "CARPL", reason ceased "E4A").
 * {@code kind}: CAME_INTO_CARE, PLACEMENT_CHANGE, LEGAL_STATUS_CHANGE or LEFT_CARE.
 */
public record NewCareEvent(String kind, LocalDate date, String legalStatus, String categoryOfNeed,
                           String placementType, String placementProvider, String placementPostcode,
                           Boolean planned, Boolean sameCarer, String placementChangeReason, String reasonCeased,
                           String placementUrn) {
    /** An event recorded without the placement's Ofsted URN. */
    public NewCareEvent(String kind, LocalDate date, String legalStatus, String categoryOfNeed, String placementType,
                        String placementProvider, String placementPostcode, Boolean planned, Boolean sameCarer,
                        String placementChangeReason, String reasonCeased) {
        this(kind, date, legalStatus, categoryOfNeed, placementType, placementProvider, placementPostcode, planned,
                sameCarer, placementChangeReason, reasonCeased, null);
    }
}
